import type { SweepFixtures } from '@zeren/shared-graphql';
import { localDateOf, localYear } from '@zeren/shared-periods';

const SCHEMES = 'the schemes belong to no tenant (globalTable, committee writers); agencies are refused by permission (star-api.spec.ts)';
const text = { text: '清扫说明' };

/** Valid inputs for the isolation sweep: a branch's star rating through its steps, and an objection during 公示. */
export const starSweep: SweepFixtures = {
  mutations: {
    startStarRatings: () => ({ year: localYear() }),
    saveStarSelfAssessment: ({ own }) => ({ id: own('star_rating'), input: { scores: [], satisfaction: 90 } }),
    submitStarSelfAssessment: ({ own }) => ({ id: own('star_rating') }),
    partyReviewStarRating: ({ own }) => ({ id: own('star_rating'), input: { scores: [] } }),
    returnStarSelfAssessment: ({ own }) => ({ id: own('star_rating'), input: text }),
    confirmStarRating: ({ own }) => ({ id: own('star_rating') }),
    returnStarPartyReview: ({ own }) => ({ id: own('star_rating'), input: text }),
    publicizeStarRating: ({ own }) => ({ id: own('star_rating'), input: { until: localDateOf(new Date()) } }),
    nameStarRating: ({ own }) => ({ id: own('star_rating') }),
    objectToStarRating: ({ own }) => ({ id: own('star_rating'), input: text }),
    answerStarObjection: ({ own }) => ({ id: own('star_objection'), input: text }),
  },
  committeeReach: {
    confirmStarRating: 'dispatch',
    returnStarPartyReview: 'dispatch',
    publicizeStarRating: 'dispatch',
    nameStarRating: 'dispatch',
    answerStarObjection: 'dispatch',
  },
  unswept: { createStarScheme: SCHEMES, updateStarScheme: SCHEMES, openStarScheme: SCHEMES, closeStarScheme: SCHEMES },
};
