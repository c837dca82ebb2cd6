// The sweep's schema walker and input builders, for tools that drive every mutation (tools/fuzz).
export { mutationFor, type ArgValues } from './lib/operation.builder';
export { SweepGap, collectFixtures, completeArgs, type Fixtures } from './lib/sweep-values';
export { SweepWorld, type OwnedTable, type Row } from './lib/sweep-world';
