import type { PointsEntryStatus } from '@/gql/graphql';

/** The tag colour of an entry's status, on every points page. */
export const STATUS_TAG: Record<PointsEntryStatus, 'warning' | 'success' | 'danger'> = { PENDING: 'warning', APPROVED: 'success', REJECTED: 'danger' };
