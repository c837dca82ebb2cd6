import { StarEvidenceSource } from '../star/star.enums';

/** 邹城's scheme as data: five criteria, four of them read from the records, and the score bands (≥90 五星 … <60 一星). */
export const STAR_CRITERIA = [
  { key: 'duty', name: '履职尽责', maxScore: 30, source: StarEvidenceSource.FULFILMENT },
  { key: 'points', name: '党员积分管理', maxScore: 20, source: StarEvidenceSource.POINTS_PARTICIPATION },
  { key: 'stage', name: '人人上讲台', maxScore: 20, source: StarEvidenceSource.STAGE_COVERAGE },
  { key: 'inspect', name: '督查整改', maxScore: 10, source: StarEvidenceSource.INSPECTION_FINDINGS },
  { key: 'base', name: '阵地建设和特色创建', maxScore: 20, source: StarEvidenceSource.NONE },
] as const;

export const STAR_BANDS = [
  { minScore: 0, stars: 1 },
  { minScore: 60, stars: 2 },
  { minScore: 70, stars: 3 },
  { minScore: 80, stars: 4 },
  { minScore: 90, stars: 5 },
] as const;
