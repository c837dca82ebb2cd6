import { labelledEnum } from '@zeren/shared-graphql';

/** A year's 拉网式督查: prepared, under way (visits and findings are recorded), closed. */
export enum CampaignStatus {
  PLANNED = 'PLANNED',
  UNDERWAY = 'UNDERWAY',
  CLOSED = 'CLOSED',
}
export const CAMPAIGN_STATUS_LABELS = labelledEnum(CampaignStatus, 'InspectionCampaignStatus', '督查状态', { PLANNED: '筹备中', UNDERWAY: '督查中', CLOSED: '已结束' });

export enum FindingSeverity {
  GENERAL = 'GENERAL',
  SERIOUS = 'SERIOUS',
  GRAVE = 'GRAVE',
}
export const FINDING_SEVERITY_LABELS = labelledEnum(FindingSeverity, 'FindingSeverity', '问题程度', { GENERAL: '一般', SERIOUS: '较重', GRAVE: '严重' });

/** 待整改 → 整改中 → 已整改 (待验收) → 验收通过 (待回访销号) → 已销号; 验收不通过 → 整改中 again. */
export enum RectificationStatus {
  PENDING = 'PENDING',
  IN_PROGRESS = 'IN_PROGRESS',
  RECTIFIED = 'RECTIFIED',
  VERIFIED = 'VERIFIED',
  CLOSED = 'CLOSED',
}
export const RECTIFICATION_STATUS_LABELS = labelledEnum(RectificationStatus, 'RectificationStatus', '整改状态', {
  PENDING: '待整改',
  IN_PROGRESS: '整改中',
  RECTIFIED: '已整改待验收',
  VERIFIED: '验收通过待销号',
  CLOSED: '已销号',
});

/** Where a rectification comes from: an inspection finding, or a comment made at 述职评议 (建台账跟踪管理). */
export enum RectificationSource {
  INSPECTION = 'INSPECTION',
  REVIEW = 'REVIEW',
}
export const RECTIFICATION_SOURCE_LABELS = labelledEnum(RectificationSource, 'RectificationSource', '问题来源', { INSPECTION: '党务督查', REVIEW: '述职评议' });

export enum ExtensionStatus {
  REQUESTED = 'REQUESTED',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}
export const EXTENSION_STATUS_LABELS = labelledEnum(ExtensionStatus, 'ExtensionStatus', '延期申请状态', { REQUESTED: '待审批', APPROVED: '已同意', REJECTED: '未同意' });

/** 每月一调度 · 每季一分析 · 半年一排查. */
export enum CadenceKind {
  MONTHLY = 'MONTHLY',
  QUARTERLY = 'QUARTERLY',
  HALF_YEAR = 'HALF_YEAR',
}
export const CADENCE_KIND_LABELS = labelledEnum(CadenceKind, 'CadenceKind', '督查调度', { MONTHLY: '每月一调度', QUARTERLY: '每季一分析', HALF_YEAR: '半年一排查' });
