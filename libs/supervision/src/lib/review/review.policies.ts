import { dispatchable, globalTable } from '@zeren/tenancy';
import { ReviewGroup, ReviewSession } from './review-session.entity';
import { ReviewComment, ReviewParticipant, ReviewRating } from './review-participant.entity';
import { ReviewReportStatus as S } from './review.enums';

// The session and its groups are the committee's; every agency reads them.
globalTable(ReviewSession, { writers: 'committee' });
globalTable(ReviewGroup, { writers: 'committee' });

// The committee puts each agency on the list (one statement per group); the agency submits its report,
// the committee may send it back; the result is the committee's to write when it circulates them.
dispatchable(ReviewParticipant, {
  committeeFields: ['sessionId', 'groupId', 'createdById', 'returnReason', 'returnedAt', 'resultCentiScore', 'resultGrade', 'resultRank', 'resultRanked', 'resultRatingCount'],
  agencyFields: ['summary', 'reportFiles', 'submittedAt', 'submittedById'],
  state: {
    field: 'status',
    initial: S.PENDING,
    transitions: [
      { from: S.PENDING, to: S.SUBMITTED, by: 'agency' },
      { from: S.RETURNED, to: S.SUBMITTED, by: 'agency' },
      { from: S.SUBMITTED, to: S.RETURNED, by: 'committee' },
    ],
  },
});

// What the leaders said and how the reviewers rated are the committee's records in the agency; the
// agency reads its comments (and the follow-up in its rectification ledger), never the ratings themselves.
dispatchable(ReviewComment, { committeeFields: ['sessionId', 'participantId', 'commenter', 'content', 'rectificationId', 'createdById'], agencyFields: [] });
dispatchable(ReviewRating, { committeeFields: ['sessionId', 'participantId', 'reviewerUserId', 'code', 'score', 'ratedAt'], agencyFields: [] });
