import type { StarMovement, StarRatingStatus } from '@/gql/graphql';
import { i18n } from '@/i18n';

// The flow's statuses in their order, the tag of each, and a star count's name: shared by the list and a rating's page.
export const STAR_STATUSES: StarRatingStatus[] = ['DRAFT', 'SELF_SUBMITTED', 'PARTY_REVIEWED', 'COMMITTEE_CONFIRMED', 'PUBLICIZED', 'NAMED'];
export const STAR_STATUS_TAG: Record<StarRatingStatus, 'info' | 'warning' | 'primary' | 'success' | 'danger'> = {
  DRAFT: 'info',
  SELF_SUBMITTED: 'warning',
  PARTY_REVIEWED: 'warning',
  COMMITTEE_CONFIRMED: 'primary',
  PUBLICIZED: 'danger',
  NAMED: 'success',
};
export const MOVEMENT_TAG: Record<StarMovement, 'success' | 'danger' | 'info' | 'primary'> = { UP: 'success', DOWN: 'danger', SAME: 'info', NEW: 'primary' };
export const STAR_LEVELS = [5, 4, 3, 2, 1] as const;

/** 三星, or 无 for a branch that has none. */
export const starName = (n: number | null | undefined): string => (n ? i18n.global.t(`stars.starNames.${n}`) : i18n.global.t('stars.none'));
