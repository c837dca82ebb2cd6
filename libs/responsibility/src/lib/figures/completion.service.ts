import { In, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import { MemberStatus, OrgUnit, PartyMember, PostAssignment, PostClass, PostCode, PostType, KIND_LABELS, type OrgUnitKind } from '@zeren/org-tree';
import { Tenant, type TenantDb } from '@zeren/tenancy';
import { unitKindsOf } from '../duty/duty-rules';
import { DUTY_LEVEL_LABELS } from '../duty/duty-level.enum';
import type { DutyTemplate } from '../template/duty-template.entity';
import { DutyItem } from '../template/duty-item.entity';
import { AgencyDutyItem } from '../list/agency-duty-item.entity';
import { DutyTightening } from '../list/duty-tightening.entity';
import { AgencyDutyList } from '../list/agency-duty-list.entity';
import { AgencyStructure } from '../list/agency-structure';
import { mandatedDuty, ownDuty, type Duty } from '../list/duty.type';
import { periodsDueBy } from '../fulfilment/obligation.service';
import { listTemplate } from '../list/current-template';
import { FulfilmentRecord, RecordStatus } from '../fulfilment/fulfilment-record.entity';
import { DutyCompletion } from './duty-completion.entity';
import { CompletionGrouping, CompletionRow } from './completion.type';

const CLASS_LABELS: Record<PostClass, string> = { ORGANIZATION: '组织责任', INDIVIDUAL: '个人责任' };

interface Tally {
  done: number;
  late: number;
  accepted: number;
  returned: number;
}

/** Adds one subject-count × periods of a duty to a row, given what was answered per period. */
function addDuty(row: CompletionRow, duty: Duty, year: number, subjects: number, answered: (periodKey: string) => Tally | undefined, now: Date): void {
  for (const { period, dueAt } of periodsDueBy(duty, year, now)) {
    const t = answered(period.key) ?? { done: 0, late: 0, accepted: 0, returned: 0 };
    const done = Math.min(t.done, subjects);
    const passed = dueAt.getTime() <= now.getTime();
    row.due += passed ? subjects : done;
    row.done += done;
    row.late += Math.min(t.late, done);
    row.onTime += done - Math.min(t.late, done);
    row.accepted += Math.min(t.accepted, done);
    row.returned += t.returned;
    if (passed) row.overdue += subjects - done;
  }
}

const newRow = (key: string, label: string, tenantId: string | null = null) => Object.assign(new CompletionRow(), { key, label, tenantId });

/**
 * Completion figures (尽责). Done, late, accepted and returned come from the summary rows kept with
 * the records; what is due comes from the org tree's grouped counts of units, post holders and
 * members — a fixed number of statements for one agency as for every agency.
 */
export class CompletionService {
  /** By agency, by duty, post, level or class: from the summary rows. */
  async byCounts(db: TenantDb, template: DutyTemplate, grouping: CompletionGrouping, now = new Date()): Promise<CompletionRow[]> {
    const [items, tightenings, own, summaries, units, assignments, members, posts, lists] = await Promise.all([
      db.reference(DutyItem).find({ where: { templateId: template.id } }),
      db.repo(DutyTightening).find({ where: { templateId: template.id } }),
      db.repo(AgencyDutyItem).find({ where: { templateId: template.id } }),
      db.repo(DutyCompletion).find({ where: { templateId: template.id } }),
      grouped(db.repo(OrgUnit).queryBuilder('u').andWhere('u.dissolvedOn IS NULL'), 'u', [['u.kind', 'kind']]),
      grouped(
        db.repo(PostAssignment).queryBuilder('a').innerJoin(OrgUnit, 'u', 'u.tenantId = a.tenantId AND u.id = a.unitId AND u.dissolvedOn IS NULL').andWhere('a.endsOn IS NULL'),
        'a',
        [
          ['a.postCode', 'postCode'],
          ['u.kind', 'kind'],
        ],
        [['COUNT(DISTINCT a.unitId)', 'units']],
      ),
      grouped(db.repo(PartyMember).queryBuilder('m').andWhere('m.status = :active', { active: MemberStatus.ACTIVE }), 'm', []),
      db.reference(PostType).find(),
      db.repo(AgencyDutyList).find({ where: { templateId: template.id } }),
    ]);
    const postOf = new Map(posts.map((p) => [p.code, p]));
    const tenants = [...new Set([...lists.map((l) => l.tenantId), ...own.map((o) => o.tenantId), ...summaries.map((s) => s.tenantId)])];
    const tighteningOf = new Map(tightenings.map((t) => [`${t.tenantId}|${t.itemId}`, t]));
    const summaryOf = new Map(summaries.map((s) => [`${s.tenantId}|${s.dutyId}|${s.periodKey}`, s]));
    const unitCount = new Map(units.map((r) => [`${r.tenantId}|${r.kind}`, Number(r.n)]));
    const holderCount = new Map(assignments.map((r) => [`${r.tenantId}|${r.postCode}|${r.kind}`, [Number(r.n), Number(r.units)] as const]));
    const memberCount = new Map(members.map((r) => [r.tenantId, Number(r.n)]));
    const subjects = (tenantId: string, duty: Duty): number => {
      if (duty.postCode === PostCode.PARTY_MEMBER) return memberCount.get(tenantId) ?? 0;
      const post = postOf.get(duty.postCode);
      if (!post) return 0;
      return unitKindsOf(duty).reduce((sum: number, kind: OrgUnitKind) => {
        if (post.postClass === PostClass.ORGANIZATION) return sum + (unitCount.get(`${tenantId}|${kind}`) ?? 0);
        const [holders, heldUnits] = holderCount.get(`${tenantId}|${post.code}|${kind}`) ?? [0, 0];
        return sum + (post.secretary ? heldUnits : holders);
      }, 0);
    };
    const names = grouping === CompletionGrouping.AGENCY && tenants.length ? await db.reference(Tenant).find({ where: { id: In(tenants) } }) : [];
    const nameOf = new Map(names.map((t) => [t.id, t.name]));
    const rows = new Map<string, CompletionRow>();
    const rowFor = (tenantId: string, duty: Duty): CompletionRow => {
      const post = postOf.get(duty.postCode);
      const [key, label] =
        grouping === CompletionGrouping.AGENCY
          ? [tenantId, nameOf.get(tenantId) ?? tenantId]
          : grouping === CompletionGrouping.DUTY
            ? [duty.id, duty.title]
            : grouping === CompletionGrouping.POST
              ? [duty.postCode, post?.name ?? duty.postCode]
              : grouping === CompletionGrouping.LEVEL
                ? [duty.level, DUTY_LEVEL_LABELS[duty.level]]
                : [post?.postClass ?? PostClass.INDIVIDUAL, CLASS_LABELS[post?.postClass ?? PostClass.INDIVIDUAL]];
      let row = rows.get(key);
      if (!row) rows.set(key, (row = newRow(key, label, grouping === CompletionGrouping.AGENCY ? tenantId : null)));
      return row;
    };
    for (const tenantId of tenants) {
      const duties = [
        ...items.map((item) => mandatedDuty(tenantId, item, tighteningOf.get(`${tenantId}|${item.id}`))),
        ...own.filter((o) => o.tenantId === tenantId).map(ownDuty),
      ];
      for (const duty of duties) addDuty(rowFor(tenantId, duty), duty, template.year, subjects(tenantId, duty), (p) => summaryOf.get(`${tenantId}|${duty.id}|${p}`), now);
    }
    return [...rows.values()];
  }

  /**
   * Every agency's completion of one year's published list, by agency id (what the assessment scores
   * and counts permanent overdue marks from: late + overdue); empty when the year has no published list.
   */
  async byAgencyOfYear(db: TenantDb, year: number, now = new Date()): Promise<Map<string, CompletionRow>> {
    const template = await listTemplate(db, { year });
    if (!template) return new Map();
    return new Map((await this.byCounts(db, template, CompletionGrouping.AGENCY, now)).map((row) => [row.key, row]));
  }

  /**
   * By unit or by person inside one agency: every subject enumerated from the agency's structure and
   * its current records (one statement each), so that a figure adds up to the obligations behind it.
   */
  async bySubjects(db: TenantDb, template: DutyTemplate, duties: Duty[], grouping: CompletionGrouping.UNIT | CompletionGrouping.PERSON, now = new Date()): Promise<CompletionRow[]> {
    const [structure, records] = await Promise.all([
      AgencyStructure.load(db, { members: true }),
      db.repo(FulfilmentRecord).find({ where: { templateId: template.id, current: true }, select: { dutyId: true, periodKey: true, unitId: true, holderKey: true, status: true, late: true } as never }),
    ]);
    const recordOf = new Map(records.map((r) => [`${r.dutyId}|${r.periodKey}|${r.unitId}|${r.holderKey}`, r]));
    const missingMembers = new Set<string>();
    const rows = new Map<string, CompletionRow>();
    for (const duty of duties) {
      for (const subject of structure.subjects(duty)) {
        const key = grouping === CompletionGrouping.UNIT ? subject.unitId : (subject.holderMemberId ?? `vacant:${subject.unitId}`);
        let row = rows.get(key);
        if (!row) {
          const unit = structure.units.get(subject.unitId);
          const member = subject.holderMemberId ? structure.members.get(subject.holderMemberId) : undefined;
          if (subject.holderMemberId && !member) missingMembers.add(subject.holderMemberId);
          const label = grouping === CompletionGrouping.UNIT ? (unit?.name ?? '') : subject.holderMemberId ? (member?.name ?? subject.holderMemberId) : `${unit?.name ?? ''}(${KIND_LABELS[unit!.kind]}书记空缺)`;
          rows.set(key, (row = newRow(key, label)));
        }
        addDuty(row, duty, template.year, 1, (periodKey) => {
          const r = recordOf.get(`${duty.id}|${periodKey}|${subject.unitId}|${subject.holderKey}`);
          if (!r) return undefined;
          const done = r.status !== RecordStatus.RETURNED ? 1 : 0;
          return { done, late: done && r.late ? 1 : 0, accepted: r.status === RecordStatus.ACCEPTED ? 1 : 0, returned: 1 - done };
        }, now);
      }
    }
    return [...rows.values()].sort((a, b) => b.overdue - a.overdue || a.label.localeCompare(b.label, 'zh-CN'));
  }
}

/** `COUNT(*)` per tenant and the given columns (`[expression, alias]`), as raw rows with `tenantId` and `n`. */
function grouped(qb: SelectQueryBuilder<ObjectLiteral>, alias: string, by: [string, string][], extra: [string, string][] = []): Promise<Record<string, string>[]> {
  qb.select(`${alias}.tenantId`, 'tenantId').addSelect('COUNT(*)', 'n').groupBy(`${alias}.tenantId`);
  for (const [expression, as] of by) qb.addSelect(expression, as).addGroupBy(expression);
  for (const [expression, as] of extra) qb.addSelect(expression, as);
  return qb.getRawMany<Record<string, string>>();
}
