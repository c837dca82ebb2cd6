import { Kind } from 'graphql';
import { LocalDateScalar } from './local-date.scalar';

describe('LocalDate scalar', () => {
  it('takes a real calendar day as input, from a variable or a literal', () => {
    expect(LocalDateScalar.parseValue('2028-02-29')).toBe('2028-02-29');
    expect(LocalDateScalar.parseLiteral({ kind: Kind.STRING, value: '2026-12-01' })).toBe('2026-12-01');
  });

  it('refuses a day that does not exist, another shape, or a non-string, with a zh-CN reason and BAD_USER_INPUT', () => {
    expect(() => LocalDateScalar.parseValue('2026-02-30')).toThrow('2026-02-30 不是有效的日期');
    for (const bad of ['2026-1-01', '2026-12-01T00:00:00Z', 20261201, null]) {
      expect(() => LocalDateScalar.parseValue(bad)).toThrow('日期格式应为 YYYY-MM-DD');
    }
    expect(() => LocalDateScalar.parseLiteral({ kind: Kind.INT, value: '20261201' })).toThrow('日期格式应为 YYYY-MM-DD');
    const refusal = (() => {
      try {
        LocalDateScalar.parseValue('2026-13-01');
      } catch (error) {
        return error;
      }
      return null;
    })();
    expect(refusal).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('serialises what a DATE column holds and refuses anything else', () => {
    expect(LocalDateScalar.serialize('2026-12-01')).toBe('2026-12-01');
    expect(() => LocalDateScalar.serialize(new Date())).toThrow();
  });
});
