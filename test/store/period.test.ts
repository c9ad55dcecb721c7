import { describe, expect, it } from 'vitest';
import { cycleOfPeriod, duePeriod, parseDayCount, parsePeriod, parsePeriodOn, periodOf, relativePeriod } from '../../engine/service/period.ts';
import { latestPeriods } from '../../dialogs/run/runDialog.ts';

describe('periods', () => {
  it('reads days, months, quarters, half-years and years', () => {
    expect(parsePeriod('2026-10-31')).toEqual({ label: '2026-10-31', from: '2026-10-31', to: '2026-10-31' });
    expect(parsePeriod('2024-02')).toEqual({ label: '2024-02', from: '2024-02-01', to: '2024-02-29' });
    expect(parsePeriod('2026-q3')).toEqual({ label: '2026-Q3', from: '2026-07-01', to: '2026-09-30' });
    expect(parsePeriod('2026-H1')).toEqual({ label: '2026-H1', from: '2026-01-01', to: '2026-06-30' });
    expect(parsePeriod('2026')).toEqual({ label: '2026', from: '2026-01-01', to: '2026-12-31' });
    for (const bad of ['2026-13', '2026-02-30', '2026-Q5', 'October', '']) expect(() => parsePeriod(bad)).toThrow(expect.objectContaining({ code: 'STORE.BAD_PERIOD' }));
  });

  it('tells which cycle a period is of (a month typed for a quarterly account is asked about)', () => {
    expect(['2026-10-31', '2026-10', '2026-Q3', '2026-h2', '2026'].map((p) => cycleOfPeriod(parsePeriod(p)))).toEqual(['daily', 'monthly', 'quarterly', 'semiannual', 'annual']);
    expect(cycleOfPeriod(parsePeriodOn('上个季度', '2026-11-26'))).toBe('quarterly');
  });

  it('knows which period is due by cycle', () => {
    expect(duePeriod('daily', '2026-11-01').label).toBe('2026-10-31');
    expect(duePeriod('monthly', '2026-11-15').label).toBe('2026-10');
    expect(duePeriod('quarterly', '2026-11-15').label).toBe('2026-Q3');
    expect(duePeriod('semiannual', '2026-11-15').label).toBe('2026-H1');
    expect(duePeriod('annual', '2026-11-15').label).toBe('2025');
    expect(periodOf('quarterly', '2026-01-01').label).toBe('2026-Q1');
  });

  it('reads periods relative to a fixed today, in zh and en, across year ends', () => {
    const on = (text: string, today: string) => relativePeriod(text, today)?.label ?? null;
    expect(on('上个月', '2026-11-26')).toBe('2026-10');
    expect(on('上月', '2026-01-05')).toBe('2025-12');
    expect(on('本月', '2026-11-26')).toBe('2026-11');
    expect(on('last month', '2026-03-01')).toBe('2026-02');
    expect(on('Last-Month', '2026-03-01')).toBe('2026-02');
    expect(on('this month', '2026-03-01')).toBe('2026-03');
    expect(on('本季度', '2026-11-26')).toBe('2026-Q4');
    expect(on('this quarter', '2026-04-01')).toBe('2026-Q2');
    expect(on('上个季度', '2026-11-26')).toBe('2026-Q3');
    expect(on('上季度', '2026-02-10')).toBe('2025-Q4');
    expect(on('last quarter', '2026-01-01')).toBe('2025-Q4');
    expect(on('今年', '2026-11-26')).toBe('2026');
    expect(on('去年', '2026-11-26')).toBe('2025');
    expect(on('昨天', '2026-03-01')).toBe('2026-02-28');
    expect(on('yesterday', '2024-03-01')).toBe('2024-02-29');
    for (const none of ['明天', 'next month', '上上个月', '2026-10', '']) expect(on(none, '2026-11-26')).toBeNull();
    expect(parsePeriodOn('上个月', '2026-11-26')).toEqual({ label: '2026-10', from: '2026-10-01', to: '2026-10-31' });
    expect(parsePeriodOn('2026-Q1', '2026-11-26').label).toBe('2026-Q1');
    expect(() => parsePeriodOn('下个月', '2026-11-26')).toThrow(expect.objectContaining({ code: 'STORE.BAD_PERIOD' }));
  });

  it('offers the two latest ended periods of a cycle as buttons', () => {
    expect(latestPeriods('monthly', '2026-01-15').map((p) => p.label)).toEqual(['2025-12', '2025-11']);
    expect(latestPeriods('quarterly', '2026-11-26').map((p) => p.label)).toEqual(['2026-Q3', '2026-Q2']);
    expect(latestPeriods('daily', '2026-03-01').map((p) => p.label)).toEqual(['2026-02-28', '2026-02-27']);
  });

  it('reads day counts as people type them', () => {
    for (const [text, n] of [['5', 5], ['5天', 5], ['5 天', 5], ['近5天', 5], ['最近 5 天', 5], ['5日', 5], ['五天', 5], ['十二天', 12], ['二十天', 20], ['5 days', 5], ['1 day', 1], ['5d', 5], ['0', 0]] as const) {
      expect(parseDayCount(text), text).toBe(n);
    }
    for (const bad of ['5.5天', '-3', '五五天', '天', 'five days', '1000', '']) expect(parseDayCount(bad), bad).toBeNull();
  });
});
