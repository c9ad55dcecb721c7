import { describe, expect, it } from 'vitest';

describe('all well', () => {
  it('adds', () => expect(1 + 1).toBe(2));
  it('concatenates', () => expect('a' + 'b').toBe('ab'));
});
