import { expect, it } from 'vitest';

it('runs', () => expect(1).toBe(1));
it.skip('was skipped and forgotten', () => expect(1).toBe(2));
