import { BadInputError } from '@zeren/shared-errors';
import { Cadence } from './cadence';
import { dueAt, dueLocalDate } from './due';
import { ONCE_PERIOD, parsePeriodKey, periodOf } from './period';

const iso = (d: Date) => d.toISOString();

describe('dueAt', () => {
  it('is the next local midnight after the period\'s last day for offset 0', () => {
    const due = dueAt(parsePeriodKey('2026-12'), { offsetDays: 0 });
    expect(iso(due)).toBe('2026-12-31T16:00:00.000Z');
    expect(dueLocalDate(due)).toBe('2026-12-31');
  });

  it('counts offsets in local days after (positive) or before (negative) the period end', () => {
    expect(dueLocalDate(dueAt(parsePeriodKey('2026-Q1'), { offsetDays: 10 }))).toBe('2026-04-10');
    expect(dueLocalDate(dueAt(parsePeriodKey('2026'), { offsetDays: -5 }))).toBe('2026-12-26');
    expect(dueLocalDate(dueAt(parsePeriodKey('2026-W53'), { offsetDays: 0 }))).toBe('2027-01-03');
    expect(dueLocalDate(dueAt(parsePeriodKey('2028-02'), { offsetDays: 0 }))).toBe('2028-02-29');
  });

  it('takes an explicit local date as the end of that day, for ONCE items too', () => {
    expect(iso(dueAt(parsePeriodKey('2026-06'), { on: '2026-06-20' }))).toBe('2026-06-20T16:00:00.000Z');
    expect(iso(dueAt(ONCE_PERIOD, { on: '2026-07-01' }))).toBe('2026-07-01T16:00:00.000Z');
  });

  it('refuses a deadline that falls before the period has begun', () => {
    const december = parsePeriodKey('2026-12');
    expect(dueLocalDate(dueAt(december, { offsetDays: -30 }))).toBe('2026-12-01');
    expect(() => dueAt(december, { offsetDays: -31 })).toThrow('完成时限 2026-11-30 早于2026年12月的开始');
    expect(() => dueAt(december, { on: '2026-11-30' })).toThrow(BadInputError);
  });

  it.each([
    ['an offset on a ONCE item', ONCE_PERIOD.key, { offsetDays: 0 }, '一次性事项的完成时限应为具体日期'],
    ['a fractional offset', '2026-12', { offsetDays: 1.5 }, '偏移天数应为 -366 到 366 之间的整数'],
    ['an offset beyond a year', '2026-12', { offsetDays: 400 }, '偏移天数应为 -366 到 366 之间的整数'],
    ['an impossible date', '2026-02', { on: '2026-02-30' }, '日期“2026-02-30”无效'],
    ['both forms at once', '2026-12', { on: '2026-12-01', offsetDays: 0 }, '完成时限应为相对周期末的天数或具体日期之一'],
    ['neither form', '2026-12', {}, '完成时限应为相对周期末的天数或具体日期之一'],
  ])('rejects %s with BAD_USER_INPUT', (_what, key, rule, message) => {
    const attempt = () => dueAt(parsePeriodKey(key), rule as never);
    expect(attempt).toThrow(BadInputError);
    expect(attempt).toThrow(message);
  });

  it('gives every cadence a deadline on a whole second, which second-precision columns keep exactly', () => {
    for (const cadence of [Cadence.YEAR, Cadence.HALF, Cadence.QUARTER, Cadence.MONTH, Cadence.WEEK]) {
      const period = periodOf(cadence, new Date('2026-08-15T10:20:30.456Z'));
      expect(dueAt(period, { offsetDays: 3 }).getTime() % 1000).toBe(0);
    }
  });
});
