import { expect, it } from 'vitest';
import { describeNeeding } from '../requires.ts';

it('needs nothing', () => expect(1).toBe(1));

describeNeeding('postgresql', 'a suite on PostgreSQL', () => {
  it('first', () => expect(process.env.DATABASE_URL).toBeTruthy());
  it('second', () => expect(process.env.DATABASE_URL).toBeTruthy());
});
