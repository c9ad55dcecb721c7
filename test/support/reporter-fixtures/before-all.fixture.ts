import { beforeAll, describe, expect, it } from 'vitest';

it('runs outside the broken suite', () => expect(1).toBe(1));

describe('a suite whose setup throws (the bot, chromium or PostgreSQL did not start)', () => {
  beforeAll(() => {
    throw new Error('setup failed');
  });
  it('never runs', () => expect(1).toBe(1));
  it('never runs either', () => expect(1).toBe(1));
});
