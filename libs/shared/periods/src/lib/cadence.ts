// A plain string enum: GraphQL registration (registerEnumType) is the caller's business.
export enum Cadence {
  YEAR = 'YEAR',
  HALF = 'HALF',
  QUARTER = 'QUARTER',
  MONTH = 'MONTH',
  WEEK = 'WEEK',
  ONCE = 'ONCE',
}

export const CADENCE_LABELS: Readonly<Record<Cadence, string>> = Object.freeze({
  [Cadence.YEAR]: '每年',
  [Cadence.HALF]: '每半年',
  [Cadence.QUARTER]: '每季度',
  [Cadence.MONTH]: '每月',
  [Cadence.WEEK]: '每周',
  [Cadence.ONCE]: '一次性',
});
