import { AssessmentGrade, COMPONENT_KIND_LABELS, ComponentKind, GRADE_ORDER } from './assessment.enums';
import type { GradeBand, SchemeComponent } from './assessment-scheme.entity';
import type { ResultComponent } from './assessment-result.entity';

/** What one agency did in a year, as the components read it (each from one grouped query over every agency). */
export interface AgencyFigures {
  /** 履责纪实 of the year's published list: owed so far, done on time, done late, owed and not done. */
  duty: { due: number; onTime: number; late: number; overdue: number } | null;
  /** 重点任务回执: due, on time (the on-time rate's parts). */
  receipts: { due: number; onTime: number } | null;
  /** 督查 findings (of them grave, and repeats of last year's), and the year's rectifications: not yet closed (未销号), first reported late. */
  inspection: { findings: number; grave: number; repeated: number; open: number; late: number };
  /** 述职评议 on 0–100, when the agency was rated. */
  review: number | null;
  /** 书记突破项目 implemented (立项 and not terminated) that year. */
  projects: number;
  /** Σ 加减分 in points. */
  adjustment: number;
}

/** Points off the inspection score: per finding, more per grave one and per repeat, per rectification not closed or reported late. */
export const INSPECTION_PENALTY = { finding: 2, grave: 8, repeated: 3, open: 5, late: 3 } as const;
/** A late completion counts half (the permanent mark); an overdue one nothing. */
export const LATE_CREDIT = 0.5;

/** How each component's raw figure becomes 0–100: the text every result carries beside its score. */
export const COMPONENT_DEFINITIONS: Readonly<Record<ComponentKind, string>> = {
  [ComponentKind.DUTY_FULFILMENT]: `履责纪实:100 ×(按时完成 + ${LATE_CREDIT} × 逾期完成)÷ 应完成;逾期未完成不得分;无应完成事项时不计`,
  [ComponentKind.TASK_RECEIPTS]: '重点任务:100 × 按时报送 ÷ 应报送(按时报送率);无应报送任务时不计',
  [ComponentKind.INSPECTION]: `党务督查:100 − 每个问题 ${INSPECTION_PENALTY.finding}(严重问题另扣 ${INSPECTION_PENALTY.grave},重复发生另扣 ${INSPECTION_PENALTY.repeated})− 每项未销号整改 ${INSPECTION_PENALTY.open} − 每项逾期整改 ${INSPECTION_PENALTY.late},最低 0`,
  [ComponentKind.REVIEW_RATING]: '述职评议:评议得分(0-100);未评议时不计',
  [ComponentKind.PROJECTS]: '书记突破项目:当年有已实施(立项且未终止)的项目得 100,否则 0',
  [ComponentKind.ADJUSTMENT]: '加减分:各条加减分之和,在加权得分之外直接计入总分,不超过方案的上限',
};

export const DEFAULT_COMPONENTS: readonly Omit<SchemeComponent, 'definition'>[] = [
  { kind: ComponentKind.DUTY_FULFILMENT, label: COMPONENT_KIND_LABELS.DUTY_FULFILMENT, weight: 30 },
  { kind: ComponentKind.TASK_RECEIPTS, label: COMPONENT_KIND_LABELS.TASK_RECEIPTS, weight: 20 },
  { kind: ComponentKind.INSPECTION, label: COMPONENT_KIND_LABELS.INSPECTION, weight: 20 },
  { kind: ComponentKind.REVIEW_RATING, label: COMPONENT_KIND_LABELS.REVIEW_RATING, weight: 20 },
  { kind: ComponentKind.PROJECTS, label: COMPONENT_KIND_LABELS.PROJECTS, weight: 10 },
];

export const DEFAULT_GRADE_BANDS: readonly GradeBand[] = [
  { grade: AssessmentGrade.EXCELLENT, min: 90 },
  { grade: AssessmentGrade.GOOD, min: 80 },
  { grade: AssessmentGrade.FAIR, min: 60 },
  { grade: AssessmentGrade.POOR, min: 0 },
];

export const DEFAULT_ADJUSTMENT_LIMIT = 10;

const round2 = (n: number) => Math.round(n * 100) / 100;
const clamp = (n: number) => Math.min(100, Math.max(0, n));

/** One component's 0–100 score and its raw figure in words; null when the agency has nothing to be scored on. */
export function componentScore(kind: ComponentKind, f: AgencyFigures): { score: number | null; raw: string } {
  switch (kind) {
    case ComponentKind.DUTY_FULFILMENT: {
      const d = f.duty;
      if (!d || d.due === 0) return { score: null, raw: '无应完成事项' };
      return { score: round2(clamp((100 * (d.onTime + LATE_CREDIT * d.late)) / d.due)), raw: `应完成 ${d.due},按时 ${d.onTime},逾期完成 ${d.late},逾期未完成 ${d.overdue}` };
    }
    case ComponentKind.TASK_RECEIPTS: {
      const r = f.receipts;
      if (!r || r.due === 0) return { score: null, raw: '无应报送任务' };
      return { score: round2((100 * r.onTime) / r.due), raw: `应报送 ${r.due},按时报送 ${r.onTime}` };
    }
    case ComponentKind.INSPECTION: {
      const { findings, grave, repeated, open, late } = f.inspection;
      const p = INSPECTION_PENALTY;
      const penalty = findings * p.finding + grave * p.grave + repeated * p.repeated + open * p.open + late * p.late;
      return { score: round2(clamp(100 - penalty)), raw: `问题 ${findings}(严重 ${grave}、重复 ${repeated});未销号整改 ${open},逾期整改 ${late}` };
    }
    case ComponentKind.REVIEW_RATING:
      return f.review === null ? { score: null, raw: '未评议' } : { score: round2(clamp(f.review)), raw: `评议得分 ${f.review}` };
    case ComponentKind.PROJECTS:
      return { score: f.projects > 0 ? 100 : 0, raw: `已实施项目 ${f.projects}` };
    case ComponentKind.ADJUSTMENT:
      return { score: round2(f.adjustment), raw: `加减分合计 ${round2(f.adjustment)}` };
  }
}

/**
 * The weighted total: Σ weight × score ÷ Σ weight over the components that have a score (a
 * component without data does not count against the agency: its weight is shared by the others),
 * plus 加减分 capped at ±limit, never below 0. Rounded to hundredths.
 */
export function scoreAgency(components: readonly SchemeComponent[], f: AgencyFigures, adjustmentLimit: number): { components: ResultComponent[]; adjustment: number; total: number } {
  const lines: ResultComponent[] = components.map((c) => ({ kind: c.kind, label: c.label, weight: c.weight, definition: COMPONENT_DEFINITIONS[c.kind], ...componentScore(c.kind, f) }));
  const scored = lines.filter((l) => l.score !== null);
  const weights = scored.reduce((n, l) => n + l.weight, 0);
  const weighted = weights > 0 ? scored.reduce((n, l) => n + l.weight * l.score!, 0) / weights : 0;
  const adjustment = round2(Math.max(-adjustmentLimit, Math.min(adjustmentLimit, f.adjustment)));
  const raw = componentScore(ComponentKind.ADJUSTMENT, f).raw;
  lines.push({ kind: ComponentKind.ADJUSTMENT, label: COMPONENT_KIND_LABELS.ADJUSTMENT, weight: 0, score: adjustment, raw: adjustment === round2(f.adjustment) ? raw : `${raw}(按上限 ${adjustmentLimit} 计)`, definition: COMPONENT_DEFINITIONS.ADJUSTMENT });
  return { components: lines, adjustment, total: round2(Math.max(0, weighted + adjustment)) };
}

/** The best grade whose minimum the total reaches (the bands are checked best first). */
export function gradeOf(total: number, bands: readonly GradeBand[]): AssessmentGrade {
  const sorted = [...bands].sort((a, b) => GRADE_ORDER.indexOf(a.grade) - GRADE_ORDER.indexOf(b.grade));
  return sorted.find((b) => total >= b.min)?.grade ?? AssessmentGrade.POOR;
}

/** Competition ranking by total, highest first: equal totals share a rank, the next rank skips (1, 2, 2, 4). */
export function ranks(totals: ReadonlyMap<string, number>): Map<string, number> {
  const sorted = [...totals].sort((a, b) => b[1] - a[1]);
  const out = new Map<string, number>();
  sorted.forEach(([id, total], i) => out.set(id, i > 0 && total === sorted[i - 1][1] ? out.get(sorted[i - 1][0])! : i + 1));
  return out;
}
