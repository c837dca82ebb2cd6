import type { ExtensionStatus, FindingSeverity, InspectionCampaignStatus, RectificationSource, RectificationStatus } from '@/gql/graphql';

type TagType = 'primary' | 'success' | 'info' | 'warning' | 'danger';

export const CAMPAIGN_STATUS_TAG: Record<InspectionCampaignStatus, TagType> = { PLANNED: 'info', UNDERWAY: 'primary', CLOSED: 'success' };
export const SEVERITIES: FindingSeverity[] = ['GENERAL', 'SERIOUS', 'GRAVE'];
export const SEVERITY_TAG: Record<FindingSeverity, TagType> = { GENERAL: 'info', SERIOUS: 'warning', GRAVE: 'danger' };
export const RECTIFICATION_STATUSES: RectificationStatus[] = ['PENDING', 'IN_PROGRESS', 'RECTIFIED', 'VERIFIED', 'CLOSED'];
export const RECTIFICATION_STATUS_TAG: Record<RectificationStatus, TagType> = { PENDING: 'danger', IN_PROGRESS: 'primary', RECTIFIED: 'warning', VERIFIED: 'warning', CLOSED: 'success' };
export const SOURCES: RectificationSource[] = ['INSPECTION', 'REVIEW'];
export const EXTENSION_STATUS_TAG: Record<ExtensionStatus, TagType> = { REQUESTED: 'warning', APPROVED: 'success', REJECTED: 'danger' };
