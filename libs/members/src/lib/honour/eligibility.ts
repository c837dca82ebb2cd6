import { LessThanOrEqual, MoreThanOrEqual } from 'typeorm';
import { isDisqualified } from '@zeren/supervision';
import type { TenantDb } from '@zeren/tenancy';
import { Field, ObjectType } from 'type-graphql';
import { OrgUnit, OrgUnitKind } from '@zeren/org-tree';
import { EntryStatus } from '../members.enums';
import { namedStarsOf } from '../star/star.service';
import { PointsEntry } from '../ledger/points-entry.entity';
import { formatPoints, toTenths } from '../points';
import { DisciplineRecord, type EligibilityRule, type HonourRound } from './honour.entity';
import { DISCIPLINE_KIND_LABELS, ELIGIBILITY_RULE_LABELS, EligibilityRuleKind, FOR_MEMBERS, type HonourCategory } from './honour.enums';

/** One check of a round's rules on a nominee, as shown beside the nomination. */
@ObjectType({ description: '资格审查结果' })
export class EligibilityCheck {
  @Field(() => EligibilityRuleKind)
  kind: EligibilityRuleKind;

  @Field({ description: '条件' })
  label: string;

  @Field(() => Boolean, { nullable: true, description: '是否符合;为空表示本条暂不检查' })
  passed: boolean | null;

  @Field({ description: '说明' })
  detail: string;
}

export interface Nominee {
  tenantId: string;
  category: HonourCategory;
  memberId: string | null;
  memberName: string | null;
  /** The unit nominated, or the member's. */
  unitId: string;
}

/**
 * The round's rules evaluated on a nominee, in the agency's own rows (`db` reads that one agency):
 * 取消评先 (libs/supervision's 问责), 党纪处分 within its influence period, the year's approved points,
 * and a branch's named stars (星级评定) of the round's year or, before they are named, the year before.
 */
export async function evaluate(db: TenantDb, round: HonourRound, nominee: Nominee, today: string): Promise<EligibilityCheck[]> {
  const checks: EligibilityCheck[] = [];
  for (const rule of round.rules) {
    const check = await evaluateOne(db, round, rule, nominee, today);
    if (check) checks.push({ kind: rule.kind, label: labelOf(rule), ...check });
  }
  return checks;
}

export function labelOf(rule: EligibilityRule): string {
  const base = ELIGIBILITY_RULE_LABELS[rule.kind];
  if (rule.kind === EligibilityRuleKind.MIN_POINTS) return `年度积分不低于 ${rule.threshold ?? 0} 分`;
  if (rule.kind === EligibilityRuleKind.MIN_STARS) return `星级不低于 ${rule.threshold ?? 0} 星`;
  return base;
}

async function evaluateOne(db: TenantDb, round: HonourRound, rule: EligibilityRule, nominee: Nominee, today: string): Promise<Pick<EligibilityCheck, 'passed' | 'detail'> | null> {
  const forMember = FOR_MEMBERS.includes(nominee.category) && nominee.memberId !== null;
  switch (rule.kind) {
    case EligibilityRuleKind.NOT_DISQUALIFIED: {
      const out = await isDisqualified(db, nominee.tenantId, round.year);
      return out
        ? { passed: false, detail: `本单位${round.year}年度已被取消综合考核评先资格(问责),不能提名` }
        : { passed: true, detail: `本单位${round.year}年度未被取消评先资格` };
    }
    case EligibilityRuleKind.NO_DISCIPLINE: {
      if (!forMember) return null;
      const record = await db.repo(DisciplineRecord).findOne({ memberId: nominee.memberId!, decidedOn: LessThanOrEqual(today), influenceEndsOn: MoreThanOrEqual(today) }, { influenceEndsOn: 'DESC' });
      return record
        ? { passed: false, detail: `${nominee.memberName}受${DISCIPLINE_KIND_LABELS[record.kind]}处分,影响期至 ${record.influenceEndsOn},不能提名` }
        : { passed: true, detail: `${nominee.memberName}不在党纪处分影响期内` };
    }
    case EligibilityRuleKind.MIN_POINTS: {
      if (!forMember) return null;
      const row: { total: unknown } | undefined = await db
        .repo(PointsEntry)
        .queryBuilder('e')
        .select('COALESCE(SUM(e.pointsTenths), 0)', 'total')
        .andWhere('e.memberId = :member AND e.year = :year AND e.status = :approved', { member: nominee.memberId, year: round.year, approved: EntryStatus.APPROVED })
        .getRawOne();
      const total = Number(row?.total ?? 0);
      const need = toTenths(rule.threshold ?? 0);
      return total >= need
        ? { passed: true, detail: `${nominee.memberName}${round.year}年度积分 ${formatPoints(total)} 分` }
        : { passed: false, detail: `${nominee.memberName}${round.year}年度积分 ${formatPoints(total)} 分,低于 ${formatPoints(need)} 分` };
    }
    case EligibilityRuleKind.MIN_STARS: {
      if (forMember) return null;
      // Only 党支部 are rated: a 机关党委 or 党总支 is not held to a star rule.
      const unit = await db.repo(OrgUnit).findOne({ id: nominee.unitId });
      if (unit?.kind !== OrgUnitKind.BRANCH) return null;
      const years = [round.year, round.year - 1];
      const named = await Promise.all(years.map((y) => namedStarsOf(db, [nominee.unitId], y)));
      const at = named.findIndex((m) => m.has(nominee.unitId));
      const need = rule.threshold ?? 0;
      if (at < 0) return { passed: false, detail: `“${unit.name}”${years[1]}、${years[0]}年度均未命名星级` };
      const stars = named[at].get(nominee.unitId)!;
      return stars >= need
        ? { passed: true, detail: `“${unit.name}”${years[at]}年度命名为 ${stars} 星` }
        : { passed: false, detail: `“${unit.name}”${years[at]}年度命名为 ${stars} 星,低于 ${need} 星` };
    }
  }
}
