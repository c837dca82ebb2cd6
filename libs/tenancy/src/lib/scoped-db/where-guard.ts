import { FindOperator } from 'typeorm';

/**
 * TypeORM drops `undefined` (and, in find options, `null`) values from a WHERE, so
 * `findOneBy({ id: undefined })` becomes "the first row of the table" (typeorm#2500, #9316).
 * Every condition that reaches the scoped layer is checked before any SQL is built.
 */
export function assertNoMissingKeys(where: unknown, path = 'where'): void {
  if (Array.isArray(where)) {
    if (where.length === 0) throw new Error(`${path}: an empty list of conditions matches every row`);
    where.forEach((item, i) => assertNoMissingKeys(item, `${path}[${i}]`));
    return;
  }
  if (where === null || typeof where !== 'object') throw new Error(`${path} must be an object`);
  for (const [key, value] of Object.entries(where as Record<string, unknown>)) {
    const at = `${path}.${key}`;
    if (value === undefined || value === null) {
      throw new Error(`${at} is ${String(value)}: use IsNull() for a NULL test, or drop the key`);
    }
    if (value instanceof FindOperator) {
      const operand = value.value as unknown;
      if (Array.isArray(operand) && operand.some((v) => v === undefined)) {
        throw new Error(`${at} has an undefined value in its operator`);
      }
      continue;
    }
    if (value instanceof Date || typeof value !== 'object') continue;
    assertNoMissingKeys(value, at);
  }
}
