import type { SweepFixtures } from '@zeren/shared-graphql';

const GLOBAL = "the committee's sessions and groups belong to no tenant (globalTable, committee writers); agencies are refused by permission";

/** Valid inputs for the isolation sweep (tools/isolation-sweep): reports, the committee's return, comments, follow-ups and ratings. */
export const reviewSweep: SweepFixtures = {
  mutations: {
    submitReviewReport: ({ own }) => ({ id: own('review_participant'), input: { summary: '清扫述职', fileIds: [own('stored_file')] } }),
    // The committee's side: agencies are refused by permission, the committee's narrowed view finds no other agency's row.
    returnReviewReport: ({ own }) => ({ id: own('review_participant'), reason: '清扫退回' }),
    removeReviewParticipant: ({ own }) => ({ id: own('review_participant') }),
    addReviewComment: ({ own }) => ({ participantId: own('review_participant'), input: { commenter: '清扫领导', content: '清扫点评' } }),
    removeReviewComment: ({ own }) => ({ id: own('review_comment') }),
    followUpReviewComment: ({ own }) => ({ id: own('review_comment'), dueOn: '2099-12-31', problem: '清扫问题' }),
    rateReviewParticipants: ({ own }) => ({ input: { ratings: [{ participantId: own('review_participant'), code: 'GOOD' }] } }),
  },
  committeeReach: {
    returnReviewReport: 'dispatch',
    removeReviewParticipant: 'dispatch',
    addReviewComment: 'dispatch',
    removeReviewComment: 'dispatch',
    followUpReviewComment: 'dispatch',
    rateReviewParticipants: 'dispatch',
  },
  unswept: {
    createReviewSession: `${GLOBAL}; reviewers are checked as the committee's own active users (review-api.spec.ts)`,
    updateReviewSession: GLOBAL,
    openReviewReporting: GLOBAL,
    startReviewRating: GLOBAL,
    closeReviewSession: `${GLOBAL}; its dispatch of each agency's result into that agency is asserted in review-api.spec.ts`,
    createReviewGroup: GLOBAL,
    updateReviewGroup: GLOBAL,
    removeReviewGroup: GLOBAL,
    addReviewParticipants: `${GLOBAL}; its dispatch into each chosen active agency (one statement per group) is asserted in review-api.spec.ts`,
  },
};
