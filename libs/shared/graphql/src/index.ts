export * from './lib/page.input';
export type { SweepArgs, SweepFixtures, SweepIds } from './lib/sweep-fixtures';
export { mergeSweeps } from './lib/merge-sweeps';
export { lookahead, subfields, type ResolveTree } from './lib/lookahead';
export { LocalDateScalar } from './lib/local-date.scalar';
export { graphqlMessages } from './lib/graphql.messages.en';
export { labelledEnum } from './lib/labelled-enum';
export { YearField, MIN_YEAR, MAX_YEAR } from './lib/year-field';
export { MaxDecimals } from './lib/max-decimals';
