// The fixture shape lives in shared-graphql so that tenancy and auth, which sit below this lib, can type theirs.
export type { SweepArgs, SweepFixtures, SweepIds } from '@zeren/shared-graphql';
