import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { isLocalDate } from '@zeren/shared-periods';

const SHAPE = /^\d{4}-\d{2}-\d{2}$/;

function parse(value: unknown): string {
  if (typeof value !== 'string' || !SHAPE.test(value)) {
    throw new GraphQLError('日期格式应为 YYYY-MM-DD', { extensions: { code: 'BAD_USER_INPUT' } });
  }
  if (!isLocalDate(value)) throw new GraphQLError(`${value} 不是有效的日期`, { extensions: { code: 'BAD_USER_INPUT' } });
  return value;
}

/**
 * A calendar date without time or zone (`2026-12-01`). Input is checked in full (the shape, and a
 * day that exists); output comes from DATE columns, which hold only real days, so it is checked for
 * its shape alone — on a list page of members that check runs on every row.
 */
export const LocalDateScalar = new GraphQLScalarType<string, string>({
  name: 'LocalDate',
  description: '日期(YYYY-MM-DD,不含时间和时区)',
  serialize(value) {
    if (typeof value === 'string' && SHAPE.test(value)) return value;
    throw new GraphQLError(`日期值无效: ${String(value)}`);
  },
  parseValue: parse,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('日期格式应为 YYYY-MM-DD', { nodes: ast, extensions: { code: 'BAD_USER_INPUT' } });
    return parse(ast.value);
  },
});
