import { Raw, type FindOperator } from 'typeorm';

let sequence = 0;

/**
 * `column LIKE %term%` with the term's `%` and `_` taken literally, on MySQL and SQLite alike
 * (`!` as the escape character: a backslash would need different quoting on each engine).
 */
export function contains(term: string): FindOperator<string> {
  const name = `contains_${(sequence = (sequence + 1) % 1_000_000)}`;
  return Raw((alias) => `${alias} LIKE :${name} ESCAPE '!'`, { [name]: containsPattern(term) });
}

/** The LIKE pattern behind `contains`, for conditions a FindOperator cannot express (columns of joined tables); pair it with `ESCAPE '!'`. */
export function containsPattern(term: string): string {
  return `%${term.replace(/[!%_]/g, (c) => `!${c}`)}%`;
}
