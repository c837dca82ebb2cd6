import { dataScoped, dispatchable, globalTable } from '@zeren/tenancy';
import { StarObjection, StarRating, StarScheme } from './star.entity';
import { StarObjectionStatus as O, StarRatingStatus as S } from './star.enums';

// The committee drafts and opens the year's scheme; every agency reads it.
globalTable(StarScheme, { writers: 'committee' });

// 数据权限: a branch secretary reaches their branch's rating, the agency 党委 all of the agency's, a member
// reads them (to object during 公示) and writes none.
dataScoped(StarRating, { unit: 'unitId', own: 'all' });

// The agency scores (branch, then 党委); the committee confirms, publicizes and names, or returns to the 党委.
dispatchable(StarRating, {
  createdBy: 'agency',
  agencyFields: ['schemeId', 'year', 'unitId', 'scores', 'satisfaction', 'innovationProject', 'totalTenths', 'stars', 'partyReturnReason', 'selfSubmittedById', 'partyReviewedById'],
  committeeFields: ['committeeReturnReason', 'confirmedById', 'publicizedUntil', 'namedOn', 'namedStars'],
  state: {
    field: 'status',
    initial: S.DRAFT,
    transitions: [
      { from: S.DRAFT, to: S.SELF_SUBMITTED, by: 'agency' },
      { from: S.SELF_SUBMITTED, to: S.DRAFT, by: 'agency' },
      { from: S.SELF_SUBMITTED, to: S.PARTY_REVIEWED, by: 'agency' },
      { from: S.PARTY_REVIEWED, to: S.SELF_SUBMITTED, by: 'committee' },
      { from: S.PARTY_REVIEWED, to: S.COMMITTEE_CONFIRMED, by: 'committee' },
      { from: S.COMMITTEE_CONFIRMED, to: S.PUBLICIZED, by: 'committee' },
      { from: S.PUBLICIZED, to: S.NAMED, by: 'committee' },
    ],
  },
});

// Anyone in the agency objects (a member sees their own objections, a secretary their branch's); the committee answers.
dataScoped(StarObjection, { unit: 'unitId', own: { column: 'createdById' } });
dispatchable(StarObjection, {
  createdBy: 'agency',
  agencyFields: ['ratingId', 'unitId', 'content', 'createdById'],
  committeeFields: ['answer', 'answeredById', 'answeredAt'],
  state: { field: 'status', initial: O.OPEN, transitions: [{ from: O.OPEN, to: O.ANSWERED, by: 'committee' }] },
});
