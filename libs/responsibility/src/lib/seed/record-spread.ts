import { localDateOf } from '@zeren/shared-periods';
import { newId } from '@zeren/tenancy';
import type { Prng } from '@zeren/shared-prng';
import { periodsDueBy } from '../fulfilment/obligation.service';
import { FulfilmentRecord, RecordStatus, type EvidenceRef } from '../fulfilment/fulfilment-record.entity';
import type { Subject } from '../list/agency-structure';
import type { Duty } from '../list/duty.type';
import type { DutyCompletion } from '../figures/duty-completion.entity';
import { RECORD_CONTENT, RECORD_PLACES, RETURN_COMMENTS } from './duty-catalogue.data';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** The outcome shares of a period whose deadline has passed (the rest are returned). */
export const SPREAD = { onTime: 0.75, late: 0.1, overdue: 0.1 } as const;
/** Of the periods still open, how many are answered ahead of the deadline. */
const EARLY = 0.2;
/** Of the returned records, how many were answered by a second version. */
const RESUBMITTED = 0.6;
/** Of the submitted records old enough to have been reviewed, how many are still waiting. */
const PENDING = 0.08;

export type NewRecord = Omit<FulfilmentRecord, 'tenantId' | 'createdAt' | 'updatedAt'>;
export type NewCompletion = Omit<DutyCompletion, 'id' | 'tenantId' | 'createdAt' | 'updatedAt'>;

/** One subject of one duty, with what the spread needs to know about it. */
export interface SpreadSubject extends Subject {
  /** The user the duty belongs to (FulfilmentRecord.subjectUserId). */
  subjectUserId: string | null;
  recordedById: string;
  reviewedById: string;
  /** Unanswered open periods and one returned record, for the demo accounts' 我的责任. */
  demo: boolean;
  participants: string | null;
}

export interface SpreadInput {
  templateId: string;
  year: number;
  now: Date;
  rng: Prng;
  evidence: readonly { ref: EvidenceRef; kind: string }[];
}

/**
 * Records of one duty for its subjects, period by period up to `now`: most on time, some late, some
 * overdue (no record), some returned (a RETURNED version, sometimes answered by version 2); most of
 * the submitted ones accepted. A demo subject leaves its open periods to the user and gets exactly
 * one returned record to answer (`returnOne`, cleared once used).
 */
export function spreadRecords(input: SpreadInput, duty: Duty, subjects: readonly SpreadSubject[], returnOne: { pending: boolean }): NewRecord[] {
  const { rng, now } = input;
  const records: NewRecord[] = [];
  const periods = periodsDueBy(duty, input.year, now);
  for (const subject of subjects) {
    for (const { period, dueAt } of periods) {
      const start = period.start ?? new Date(Date.UTC(input.year - 1, 11, 31, 16));
      const open = dueAt.getTime() > now.getTime();
      const base = { duty, subject, dueAt, periodKey: period.key, start };
      if (open) {
        if (!subject.demo && rng.chance(EARLY)) {
          const at = between(rng, Math.max(start.getTime(), now.getTime() - 20 * DAY), now.getTime() - HOUR);
          if (at !== null) records.push(...submitted(input, base, at));
        }
        continue;
      }
      if (subject.demo && returnOne.pending && period.start && period.key.startsWith(String(input.year))) {
        const at = onTime(rng, start, dueAt);
        if (at !== null) {
          returnOne.pending = false;
          records.push(returned(input, base, at, 1, null, Math.min(now.getTime() - HOUR, at + 3 * DAY)));
          continue;
        }
      }
      const r = rng.next();
      if (r < SPREAD.onTime) {
        const at = onTime(rng, start, dueAt);
        if (at !== null) records.push(...submitted(input, base, at));
      } else if (r < SPREAD.onTime + SPREAD.late) {
        const at = between(rng, dueAt.getTime() + HOUR, Math.min(now.getTime() - HOUR, dueAt.getTime() + 25 * DAY));
        if (at !== null) records.push(...submitted(input, base, at));
      } else if (r >= SPREAD.onTime + SPREAD.late + SPREAD.overdue) {
        const at = onTime(rng, start, dueAt);
        const reviewedAt = at === null ? null : between(rng, at + DAY, Math.min(now.getTime() - 2 * HOUR, at + 5 * DAY));
        if (at === null || reviewedAt === null) continue;
        const first = returned(input, base, at, 1, null, reviewedAt);
        const again = rng.chance(RESUBMITTED) ? between(rng, reviewedAt + HOUR, Math.min(now.getTime() - HOUR, reviewedAt + 6 * DAY)) : null;
        if (again === null) {
          records.push(first);
        } else {
          records.push({ ...first, current: false }, ...submitted(input, base, again, 2, first.id));
        }
      }
    }
  }
  return records;
}

interface Base {
  duty: Duty;
  subject: SpreadSubject;
  dueAt: Date;
  periodKey: string;
  start: Date;
}

function onTime(rng: Prng, start: Date, dueAt: Date): number | null {
  return between(rng, Math.max(start.getTime() + HOUR, dueAt.getTime() - 20 * DAY), dueAt.getTime() - HOUR);
}

/** A whole second in [from, to], or null when the window is empty. Whole seconds: SQLite keeps no more. */
function between(rng: Prng, from: number, to: number): number | null {
  if (to < from) return null;
  return Math.floor((from + rng.next() * (to - from)) / 1000) * 1000;
}

function submitted(input: SpreadInput, base: Base, at: number, version = 1, previousId: string | null = null): NewRecord[] {
  const { rng, now } = input;
  const reviewedAt = between(rng, at + HOUR, Math.min(now.getTime() - HOUR, at + 7 * DAY));
  const accepted = reviewedAt !== null && !rng.chance(PENDING);
  return [
    record(input, base, at, version, previousId, {
      status: accepted ? RecordStatus.ACCEPTED : RecordStatus.SUBMITTED,
      reviewedById: accepted ? base.subject.reviewedById : null,
      reviewedAt: accepted ? new Date(reviewedAt!) : null,
      reviewComment: null,
    }),
  ];
}

function returned(input: SpreadInput, base: Base, at: number, version: number, previousId: string | null, reviewedAt: number): NewRecord {
  return record(input, base, at, version, previousId, {
    status: RecordStatus.RETURNED,
    reviewedById: base.subject.reviewedById,
    reviewedAt: new Date(Math.floor(reviewedAt / 1000) * 1000),
    reviewComment: input.rng.pick(RETURN_COMMENTS),
  });
}

function record(
  input: SpreadInput,
  { duty, subject, dueAt, periodKey, start }: Base,
  at: number,
  version: number,
  previousId: string | null,
  review: Pick<NewRecord, 'status' | 'reviewedById' | 'reviewedAt' | 'reviewComment'>,
): NewRecord {
  const { rng } = input;
  const happened = Math.max(start.getTime(), at - rng.int(0, 3) * DAY);
  const texts = RECORD_CONTENT[duty.area] ?? RECORD_CONTENT['组织建设'];
  const fits = input.evidence.filter((e) => !duty.evidenceKinds?.length || duty.evidenceKinds.includes(e.kind as never));
  const cited = fits.slice(0, Math.max(duty.minEvidence, rng.int(1, 2)));
  return {
    id: newId(),
    templateId: input.templateId,
    dutyId: duty.id,
    periodKey,
    unitId: subject.unitId,
    memberId: subject.memberId,
    holderKey: subject.holderKey,
    subjectUserId: subject.subjectUserId,
    postCode: duty.postCode,
    version,
    current: true,
    content: `${duty.title}:${rng.pick(texts)}`,
    happenedOn: localDateOf(new Date(happened)),
    place: subject.memberId ? null : rng.pick(RECORD_PLACES),
    participants: subject.participants,
    evidence: cited.map((e) => e.ref),
    dueAt,
    submittedAt: new Date(at),
    late: at >= dueAt.getTime(),
    recordedById: subject.recordedById,
    previousId,
    correctionReason: null,
    ...review,
  };
}

/** The summary rows of a set of records, counted as completion-keeper counts them (current versions only). */
export function completionOf(templateId: string, records: readonly NewRecord[]): NewCompletion[] {
  const rows = new Map<string, NewCompletion>();
  for (const r of records) {
    const key = `${r.dutyId}|${r.periodKey}`;
    let row = rows.get(key);
    if (!row) rows.set(key, (row = { templateId, dutyId: r.dutyId, periodKey: r.periodKey, done: 0, late: 0, accepted: 0, returned: 0 }));
    if (!r.current) continue;
    const done = r.status !== RecordStatus.RETURNED;
    row.done += done ? 1 : 0;
    row.late += done && r.late ? 1 : 0;
    row.accepted += r.status === RecordStatus.ACCEPTED ? 1 : 0;
    row.returned += done ? 0 : 1;
  }
  return [...rows.values()];
}
