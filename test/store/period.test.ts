import { describe, expect, it } from 'vitest';
import { duePeriod, parsePeriod, periodOf } from '../../engine/service/period.ts';

describe('periods', () => {
  it('reads days, months, quarters, half-years and years', () => {
    expect(parsePeriod('2026-10-31')).toEqual({ label: '2026-10-31', from: '2026-10-31', to: '2026-10-31' });
    expect(parsePeriod('2024-02')).toEqual({ label: '2024-02', from: '2024-02-01', to: '2024-02-29' });
    expect(parsePeriod('2026-q3')).toEqual({ label: '2026-Q3', from: '2026-07-01', to: '2026-09-30' });
    expect(parsePeriod('2026-H1')).toEqual({ label: '2026-H1', from: '2026-01-01', to: '2026-06-30' });
    expect(parsePeriod('2026')).toEqual({ label: '2026', from: '2026-01-01', to: '2026-12-31' });
    for (const bad of ['2026-13', '2026-02-30', '2026-Q5', 'October', '']) expect(() => parsePeriod(bad)).toThrow(expect.objectContaining({ code: 'STORE.BAD_PERIOD' }));
  });

  it('knows which period is due by cycle', () => {
    expect(duePeriod('daily', '2026-11-01').label).toBe('2026-10-31');
    expect(duePeriod('monthly', '2026-11-15').label).toBe('2026-10');
    expect(duePeriod('quarterly', '2026-11-15').label).toBe('2026-Q3');
    expect(duePeriod('semiannual', '2026-11-15').label).toBe('2026-H1');
    expect(duePeriod('annual', '2026-11-15').label).toBe('2025');
    expect(periodOf('quarterly', '2026-01-01').label).toBe('2026-Q1');
  });
});
