import { expect, it } from 'vitest';
import './throws-on-load.ts';

it('never collected', () => expect(1).toBe(1));
