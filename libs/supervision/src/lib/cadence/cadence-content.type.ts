import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { LocalDateScalar, labelledEnum } from '@zeren/shared-graphql';
import { CadenceKind, RectificationSource, RectificationStatus } from '../supervision.enums';

/**
 * How the quarterly analysis groups its figures. GRID (by 网格) joins when libs/grids exists: it adds
 * the value here and its key function in cadence.service.ts (CADENCE_GROUPINGS), nothing else.
 */
export enum CadenceGrouping {
  CATEGORY = 'CATEGORY',
  AGENCY = 'AGENCY',
}
export const CADENCE_GROUPING_LABELS = labelledEnum(CadenceGrouping, 'CadenceGrouping', '督查分析的统计口径', { CATEGORY: '按问题类别', AGENCY: '按单位' });

/** One rectification as a cadence report shows it, in the state it had at the report's cut-off. */
@ObjectType({ description: '调度通报中的整改事项(截至统计日的状态)' })
export class CadenceItem {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  tenantId: string;

  @Field({ description: '单位名称' })
  agency: string;

  @Field(() => Int, { description: '年度' })
  year: number;

  @Field(() => RectificationSource)
  source: RectificationSource;

  @Field(() => String, { nullable: true, description: '问题类别名称' })
  category: string | null;

  @Field({ description: '问题' })
  problem: string;

  @Field(() => RectificationStatus, { description: '截至统计日的整改状态' })
  status: RectificationStatus;

  @Field(() => LocalDateScalar, { description: '整改时限' })
  dueOn: string;

  @Field({ description: '截至统计日逾期未报送整改' })
  overdue: boolean;

  @Field(() => Int, { description: '逾期天数(未逾期为 0)' })
  daysOverdue: number;

  @Field({ description: '3 日内到期' })
  dueSoon: boolean;

  @Field({ description: '逾期报送(永久标记)' })
  late: boolean;

  @Field({ description: '上年同类问题重复发生' })
  repeated: boolean;

  @Field(() => Int, { description: '验收不通过次数' })
  failedCount: number;
}

/** What the dispatch counts, in all and per agency. */
// Unreferenced itself, it is not in the schema (as GlobalEntity).
@ObjectType()
abstract class DispatchTally {
  @Field(() => Int, { description: '未销号' })
  open: number;

  @Field(() => Int, { description: '逾期未整改' })
  overdue: number;
}

@ObjectType({ description: '每月一调度:合计' })
export class DispatchCounts extends DispatchTally {
  @Field(() => Int, { description: '3 日内到期' })
  dueSoon: number;

  @Field(() => Int, { description: '本月销号' })
  closedThisMonth: number;
}

@ObjectType({ description: '一个单位的未销号事项' })
export class DispatchAgency extends DispatchTally {
  @Field(() => ID)
  tenantId: string;

  @Field({ description: '单位名称' })
  agency: string;

  @Field(() => [CadenceItem], { description: '事项,逾期的在前' })
  items: CadenceItem[];
}

@ObjectType({ description: '每月一调度:截至月末各单位未销号的整改事项' })
export class MonthlyDispatch {
  @Field(() => DispatchCounts)
  counts: DispatchCounts;

  @Field(() => [DispatchAgency], { description: '按单位,有逾期的单位在前' })
  agencies: DispatchAgency[];
}

/** The figures of one group of rectifications opened in a period, measured at the period's cut-off. */
@ObjectType({ description: '督查分析的一组数字' })
export class CadenceFigures {
  @Field({ description: '分组键:类别 id、单位 id 或期次(2026-Q1)' })
  key: string;

  @Field({ description: '分组名称' })
  label: string;

  @Field(() => Int, { description: '督查发现问题' })
  findings: number;

  @Field(() => Int, { description: '整改事项(含述职评议)' })
  rectifications: number;

  @Field(() => Int, { description: '已销号' })
  closed: number;

  @Field(() => Int, { description: '已到期(时限已过或已报送)' })
  due: number;

  @Field(() => Int, { description: '按时报送整改' })
  onTime: number;

  @Field(() => Int, { description: '逾期报送整改' })
  late: number;

  @Field(() => Int, { description: '逾期未报送整改' })
  overdue: number;

  @Field(() => Int, { description: '重复发生' })
  repeated: number;

  @Field(() => Float, { nullable: true, description: '销号率 = 已销号 ÷ 整改事项' })
  closureRate: number | null;

  @Field(() => Float, { nullable: true, description: '按时整改率 = 按时报送 ÷ 已到期' })
  onTimeRate: number | null;
}

@ObjectType({ description: '按一种口径的分组统计' })
export class CadenceGroupFigures {
  @Field(() => CadenceGrouping)
  by: CadenceGrouping;

  @Field(() => [CadenceFigures])
  rows: CadenceFigures[];
}

@ObjectType({ description: '每季一分析:本季度发现的问题及其整改' })
export class QuarterlyAnalysis {
  @Field(() => CadenceFigures, { description: '本季度合计' })
  totals: CadenceFigures;

  @Field(() => [CadenceGroupFigures], { description: '按问题类别、按单位(按网格待网格模块)' })
  groups: CadenceGroupFigures[];

  @Field(() => [CadenceFigures], { description: '本年度各季度(至本季度),各自截至季度末' })
  trend: CadenceFigures[];

  @Field(() => CadenceFigures, { description: '上年同季度' })
  sameQuarterLastYear: CadenceFigures;
}

/** What the sweep counts, in all and per agency. */
// Unreferenced itself, it is not in the schema (as GlobalEntity).
@ObjectType()
abstract class SweepTally {
  @Field(() => Int, { description: '未销号' })
  unclosed: number;

  @Field(() => Int, { description: '逾期未整改' })
  overdue: number;

  @Field(() => Int, { description: '重复发生' })
  repeated: number;

  @Field(() => Int, { description: '逾期报送' })
  late: number;
}

@ObjectType({ description: '半年排查:有问题的单位' })
export class SweepAgency extends SweepTally {
  @Field(() => ID)
  tenantId: string;

  @Field({ description: '单位名称' })
  agency: string;

  @Field(() => [CadenceItem])
  items: CadenceItem[];
}

@ObjectType({ description: '半年一排查:合计' })
export class SweepCounts extends SweepTally {
  @Field(() => Int, { description: '有问题的单位' })
  agencies: number;
}

@ObjectType({ description: '半年一排查:有逾期、重复发生或未销号问题的单位' })
export class HalfYearSweep {
  @Field(() => SweepCounts)
  counts: SweepCounts;

  @Field(() => [SweepAgency], { description: '逾期多的单位在前' })
  agencies: SweepAgency[];
}

/**
 * A cadence report (每月一调度 / 每季一分析 / 半年一排查): computed from live rows until issued, then
 * the frozen content of the issued CadenceReport. Exactly one of monthly, quarterly, halfYear is set.
 */
@ObjectType({ description: '督查调度通报(每月一调度、每季一分析、半年一排查)' })
export class CadenceContent {
  @Field(() => CadenceKind)
  kind: CadenceKind;

  @Field(() => Int)
  year: number;

  @Field(() => Int, { description: '月份、季度或半年' })
  period: number;

  @Field({ description: '期次键:2026-11、2026-Q4、2026-H2' })
  periodKey: string;

  @Field({ description: '标题' })
  title: string;

  @Field(() => LocalDateScalar, { description: '统计截止日期' })
  asOf: string;

  @Field({ description: '已印发(内容已固定)' })
  issued: boolean;

  @Field(() => Date, { nullable: true, description: '印发时间' })
  issuedAt: Date | null;

  @Field(() => String, { nullable: true, description: '文号,印发后才有' })
  documentNumber: string | null;

  @Field(() => [String], { description: '统计口径说明' })
  notes: string[];

  @Field(() => MonthlyDispatch, { nullable: true })
  monthly: MonthlyDispatch | null;

  @Field(() => QuarterlyAnalysis, { nullable: true })
  quarterly: QuarterlyAnalysis | null;

  @Field(() => HalfYearSweep, { nullable: true })
  halfYear: HalfYearSweep | null;
}
