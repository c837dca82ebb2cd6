import type { EvidenceKind, EvidenceRef } from '@zeren/files';
import type { Prng } from '@zeren/shared-prng';
import type { NewRow } from '@zeren/tenancy';
import type { TaskReceipt } from '../task/task-receipt.entity';
import type { WorkTask } from '../task/work-task.entity';
import { ReceiptStatus } from '../work.enums';
import { DRAFT_RESPONSE, RECEIPT_APPROVE_COMMENTS, RECEIPT_RETURN_COMMENTS, RESPONSES } from './work-catalogue.data';
import { DAY, HOUR, whole } from './seed-clock';
import { unsignedReceipt } from '../task/task.service';

/** A target agency as the spread sees it: who acts for it and what it can cite. */
export interface ReceiptAgency {
  tenantId: string;
  code: string;
  /** Its admin, or the committee's admin entering for an agency without accounts yet (工委代录). */
  actorId: string;
  files: readonly { ref: EvidenceRef; kind: EvidenceKind }[];
  /** An agency with demo users: its receipts of the newest tasks are left for them to answer. */
  desk: boolean;
}

export type NewReceipt = NewRow<TaskReceipt>;

/**
 * How an agency goes about a task: on time, late, returned once and answered again, returned and
 * not yet answered, or never (overdue). Where the timeline passes `now` it stops there, so an open
 * task's receipts are spread over 未签收 … 已报送 by themselves.
 */
type Intent = 'onTime' | 'late' | 'returnedOnce' | 'returned' | 'never';

const OLD_TASK: readonly (readonly [Intent, number])[] = [
  ['onTime', 84],
  ['late', 9],
  ['returnedOnce', 5],
  ['never', 2],
];
const RECENT_TASK: readonly (readonly [Intent, number])[] = [
  ['onTime', 72],
  ['late', 10],
  ['returnedOnce', 4],
  ['returned', 6],
  ['never', 8],
];
/** A task whose deadline passed longer ago than this is mostly settled. */
const SETTLED_AFTER = 40 * DAY;

/**
 * Each agency's receipt of one sent task as it stands at `now`. `forced` gives the demo users'
 * agencies a receipt in that state. Timings come from three paces (fast, usual, slow) and the
 * committee reviews in weekly rounds after the deadline, so few distinct rows result and the rows
 * can be written in a few statements per task, whatever the number of agencies.
 */
export function spreadReceipts(
  task: Pick<WorkTask, 'id' | 'title' | 'sentAt' | 'dueAt' | 'evidenceKinds' | 'minEvidence'>,
  taskIndex: number,
  agencies: readonly ReceiptAgency[],
  forced: ReceiptStatus | undefined,
  reviewerId: string,
  now: Date,
  rng: Prng,
): { tenantId: string; row: NewReceipt }[] {
  const issued = task.sentAt!.getTime();
  const due = task.dueAt.getTime();
  const at = now.getTime();
  const weights = at - due > SETTLED_AFTER ? OLD_TASK : RECENT_TASK;
  // The committee's review rounds: two days after the deadline, then weekly.
  const firstRound = due + 2 * DAY;
  const review = (t: number) => firstRound + 7 * DAY * Math.max(0, Math.ceil((t + 6 * HOUR - firstRound) / (7 * DAY)));

  return agencies.map((agency) => {
    const intent = rng.weighted(weights);
    const pace = rng.int(0, 2);
    const base: NewReceipt = unsignedReceipt(task.id, task.sentAt!);
    const signed = (t: number): NewReceipt => ({ ...base, status: ReceiptStatus.SIGNED, signedAt: whole(t), signedById: agency.actorId });
    const working = (t: number): NewReceipt => ({ ...signed(t), status: ReceiptStatus.IN_PROGRESS, response: pace === 0 || agency.desk ? DRAFT_RESPONSE(task.title) : null });
    const fits = agency.files.filter((f) => !task.evidenceKinds?.length || task.evidenceKinds.includes(f.kind));
    const reported = (sign: number, first: number, last: number, count: number): NewReceipt => ({
      ...signed(sign),
      status: ReceiptStatus.REPORTED,
      response: RESPONSES[pace](task.title),
      evidence: fits.slice(0, Math.max(task.minEvidence, 1)).map((f) => f.ref),
      firstReportedAt: whole(first),
      reportedAt: whole(last),
      reportedById: agency.actorId,
      reportCount: count,
      late: first >= due,
    });
    const reviewed = (row: NewReceipt, status: ReceiptStatus, t: number, comment: string | null): NewReceipt => ({
      ...row,
      status,
      reviewComment: comment,
      reviewedAt: whole(t),
      reviewedById: reviewerId,
    });
    const row = (): NewReceipt => {
      const sign = issued + [0.3, 1, 2.5][pace] * DAY;
      if (forced === ReceiptStatus.UNSIGNED) return base;
      // A demo user's receipt is in its state even when the task went out only an hour ago.
      const signedByNow = Math.min(sign, issued + (at - issued) / 4);
      if (forced === ReceiptStatus.IN_PROGRESS) return working(signedByNow);
      if (forced === ReceiptStatus.RETURNED) {
        const first = Math.max(Math.min(due - DAY, at - 2 * DAY), signedByNow + (at - signedByNow) / 3);
        const back = review(first) < at ? review(first) : first + (at - first) / 2;
        return reviewed(reported(signedByNow, first, first, 1), ReceiptStatus.RETURNED, back, RECEIPT_RETURN_COMMENTS[pace]);
      }
      if (sign >= at) return base;
      const start = sign + [0.1, 1, 2][pace] * DAY;
      if (intent === 'never') return pace === 0 ? base : pace === 1 || start >= at ? signed(sign) : working(sign);
      if (start >= at) return signed(sign);
      const first = intent === 'late' ? due + [1.2, 3, 6][pace] * DAY : Math.max(start + 2 * HOUR, due - [6, 3, 0.5][pace] * DAY);
      if (first >= at) return working(sign);
      const firstReview = review(first);
      const approve = RECEIPT_APPROVE_COMMENTS[(taskIndex + pace) % RECEIPT_APPROVE_COMMENTS.length];
      if (firstReview >= at) return reported(sign, first, first, 1);
      if (intent !== 'returned' && intent !== 'returnedOnce') return reviewed(reported(sign, first, first, 1), ReceiptStatus.APPROVED, firstReview, approve);
      const back = reviewed(reported(sign, first, first, 1), ReceiptStatus.RETURNED, firstReview, RECEIPT_RETURN_COMMENTS[pace]);
      const again = firstReview + [1, 2, 4][pace] * DAY;
      if (intent === 'returned' || again >= at) return back;
      // Reported again: the return's comment stays until the committee's next review.
      const second = { ...reported(sign, first, again, 2), reviewComment: back.reviewComment, reviewedAt: back.reviewedAt, reviewedById: reviewerId };
      const secondReview = review(again);
      return secondReview >= at ? second : reviewed(second, ReceiptStatus.APPROVED, secondReview, approve);
    };
    return { tenantId: agency.tenantId, row: row() };
  });
}
