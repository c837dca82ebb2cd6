import { BadInputError } from '@zeren/shared-errors';
import { seededInstants } from '../testing';
import { endOfLocalDay, isLocalDate, localDateOf, localDaysBetween, startOfLocalDay } from './local-date';

const intl = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

// 'YYYY-MM-DD HH:mm:ss' in Shanghai according to the ICU time-zone database.
function shanghaiByIntl(instant: Date): string {
  const part = Object.fromEntries(intl.formatToParts(instant).map((p) => [p.type, p.value]));
  return `${part.year}-${part.month}-${part.day} ${part.hour}:${part.minute}:${part.second}`;
}

describe('local dates in Asia/Shanghai', () => {
  it('agrees with Intl (Asia/Shanghai) on the date and the start of the day for instants since 1992', () => {
    for (const instant of seededInstants(20261201, 5000, new Date('1992-01-01T00:00:00Z'), new Date('2100-01-01T00:00:00Z'))) {
      const date = localDateOf(instant);
      expect(shanghaiByIntl(instant).slice(0, 10)).toBe(date);
      expect(shanghaiByIntl(startOfLocalDay(date))).toBe(`${date} 00:00:00`);
      expect(shanghaiByIntl(new Date(endOfLocalDay(date).getTime() - 1))).toBe(`${date} 23:59:59`);
    }
  });

  it('turns the date at 16:00 UTC, not at UTC midnight', () => {
    expect(localDateOf(new Date('2026-12-31T15:59:59.999Z'))).toBe('2026-12-31');
    expect(localDateOf(new Date('2026-12-31T16:00:00.000Z'))).toBe('2027-01-01');
    expect(localDateOf(new Date('2027-01-01T00:00:00.000Z'))).toBe('2027-01-01');
  });

  it('gives a local day as [local midnight, next local midnight)', () => {
    expect(startOfLocalDay('2026-12-31').toISOString()).toBe('2026-12-30T16:00:00.000Z');
    expect(endOfLocalDay('2026-12-31').toISOString()).toBe('2026-12-31T16:00:00.000Z');
    expect(endOfLocalDay('2028-02-29').toISOString()).toBe('2028-02-29T16:00:00.000Z');
  });

  it('counts whole local days between dates, across month, leap day and year ends', () => {
    expect(localDaysBetween('2026-12-31', '2027-01-01')).toBe(1);
    expect(localDaysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(localDaysBetween('2027-01-01', '2026-01-01')).toBe(-365);
  });

  it('accepts real dates only', () => {
    expect(isLocalDate('2028-02-29')).toBe(true);
    for (const bad of ['2026-02-29', '2026-13-01', '2026-00-10', '2026-04-31', '2026-1-01', ' 2026-01-01', '2026/01/01', '0999-01-01', '']) {
      expect(isLocalDate(bad)).toBe(false);
    }
  });

  it('rejects a bad date with a zh-CN message that names it', () => {
    expect(() => startOfLocalDay('2026-02-30')).toThrow(BadInputError);
    expect(() => startOfLocalDay('2026-02-30')).toThrow('日期“2026-02-30”无效');
  });

  it('refuses an invalid instant instead of answering NaN dates', () => {
    expect(() => localDateOf(new Date('not a date'))).toThrow(RangeError);
  });
});
