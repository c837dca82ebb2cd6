import type { EvidenceRef } from '@zeren/files';
import type { PartyMember } from '@zeren/org-tree';
import type { NewRow } from '@zeren/tenancy';
import { EntryOrigin, EntryStatus, RuleOwner } from '../members.enums';
import type { PointsEntry } from './points-entry.entity';

export interface EntryFacts {
  member: Pick<PartyMember, 'id' | 'unitId' | 'userId'>;
  rule: { id: string; name: string; category: string; pointsTenths: number };
  ruleOwner: RuleOwner;
  occurredOn: string;
  origin: EntryOrigin;
  status: EntryStatus;
  note: string;
  evidence?: EvidenceRef[];
  recordedById: string;
}

/**
 * A new ledger row: the member's unit and account (the data scope's columns) and the rule's name,
 * category and points copied in, as it was when the entry was made; undecided, unappealed.
 */
export function entryRow(facts: EntryFacts): NewRow<PointsEntry> {
  return {
    memberId: facts.member.id,
    unitId: facts.member.unitId,
    memberUserId: facts.member.userId,
    ruleId: facts.rule.id,
    ruleOwner: facts.ruleOwner,
    ruleName: facts.rule.name,
    category: facts.rule.category,
    year: Number(facts.occurredOn.slice(0, 4)),
    occurredOn: facts.occurredOn,
    pointsTenths: facts.rule.pointsTenths,
    origin: facts.origin,
    status: facts.status,
    note: facts.note,
    evidence: facts.evidence ?? [],
    recordedById: facts.recordedById,
    decidedById: null,
    decidedAt: null,
    rejectReason: null,
    appealReason: null,
    appealedAt: null,
    reversesId: null,
  };
}

/**
 * The reversal (冲正) of an approved entry: the same rule, member and date with the points negated,
 * approved by whoever makes it, so it cancels the original in every period the original counted in.
 */
export function reversalRow(original: PointsEntry, note: string, byUserId: string, now = new Date()): NewRow<PointsEntry> {
  const { id: _id, tenantId: _t, createdAt: _c, updatedAt: _u, ...kept } = original;
  return {
    ...kept,
    pointsTenths: -original.pointsTenths,
    origin: EntryOrigin.REVERSAL,
    status: EntryStatus.APPROVED,
    note,
    evidence: [],
    recordedById: byUserId,
    decidedById: byUserId,
    decidedAt: now,
    rejectReason: null,
    appealReason: null,
    appealedAt: null,
    reversesId: original.id,
    sourceKey: null,
  };
}
