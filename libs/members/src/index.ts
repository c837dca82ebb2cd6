import './lib/members.policies';
import './lib/activity/activity.policies';
import './lib/honour/honour.policies';
import './lib/star/star.policies';
import { mergeSweeps, type ZerenModule } from '@zeren/api';
import { AgencyPointsRule, CommitteePointsRule } from './lib/rule/points-rule.entity';
import { PointsEntry } from './lib/ledger/points-entry.entity';
import { PointsRuleResolver } from './lib/rule/rule.resolver';
import { PointsEntryResolver } from './lib/ledger/ledger.resolver';
import { PointsRankingResolver } from './lib/ranking/ranking.resolver';
import { Members1765100000000 } from './lib/migrations/1765100000000-members.migration';
import { PointsEntryMemberStatus1765105000000 } from './lib/migrations/1765105000000-points-entry-member-status.migration';
import { MEMBERS_GRANTS } from './lib/members.permissions';
import { membersTodos } from './lib/members.todos';
import { membersSweep } from './lib/members.sweep';
import { membersMessages } from './lib/members.messages.en';
import { membersSeeder } from './lib/seed/members.seeder';
import { StageActivity } from './lib/activity/stage-activity.entity';
import { BranchCoverageResolver, StageActivityResolver } from './lib/activity/activity.resolver';
import { Activity1765120000000 } from './lib/migrations/1765120000000-activity.migration';
import { ACTIVITY_GRANTS } from './lib/activity/activity.permissions';
import { activitySweep } from './lib/activity/activity.sweep';
import { activityMessages } from './lib/activity/activity.messages.en';
import { DisciplineRecord, HonourNomination, HonourRound, OutsideHonour } from './lib/honour/honour.entity';
import { DisciplineRecordResolver, HonourNominationResolver, HonourResultResolver, HonourRoundResolver, OutsideHonourResolver } from './lib/honour/honour.resolver';
import { Honours1765140000000 } from './lib/migrations/1765140000000-honours.migration';
import { HONOUR_GRANTS } from './lib/honour/honour.permissions';
import { honourTodos } from './lib/honour/honour.todos';
import { honourSweep } from './lib/honour/honour.sweep';
import { honourMessages } from './lib/honour/honour.messages.en';
import { PointsArchiveRow, PointsYearArchive } from './lib/archive/points-archive.entity';
import { PointsArchiveResolver, PointsArchiveRowResolver } from './lib/archive/archive.resolver';
import { PointsArchive1765150000000 } from './lib/migrations/1765150000000-points-archive.migration';
import { StarObjection, StarRating, StarScheme } from './lib/star/star.entity';
import { StarAgencyRowResolver, StarObjectionResolver, StarRatingResolver, StarSchemeResolver } from './lib/star/star.resolver';
import { Stars1765160000000 } from './lib/migrations/1765160000000-stars.migration';
import { STAR_GRANTS } from './lib/star/star.permissions';
import { starTodos } from './lib/star/star.todos';
import { starSweep } from './lib/star/star.sweep';
import { starMessages } from './lib/star/star.messages.en';

export { AgencyPointsRule, CommitteePointsRule, PointsRule } from './lib/rule/points-rule.entity';
export { PointsEntry } from './lib/ledger/points-entry.entity';
// For tools (the bench's synthetic ledgers): a ledger row as the service writes it.
export { entryRow, type EntryFacts } from './lib/ledger/entry-row';
export * from './lib/members.enums';
export { MembersPermission } from './lib/members.permissions';
export { RuleService } from './lib/rule/rule.service';
export { LedgerService } from './lib/ledger/ledger.service';
export { RankingService } from './lib/ranking/ranking.service';
export { PointsRank, PointsRanking, PointsParticipation } from './lib/ranking/ranking.type';
export { PointsArchiveRow, PointsYearArchive } from './lib/archive/points-archive.entity';
export { ArchiveService } from './lib/archive/archive.service';
export { StageActivity } from './lib/activity/stage-activity.entity';
export * from './lib/activity/activity.enums';
export { ActivityPermission } from './lib/activity/activity.permissions';
export { ActivityService } from './lib/activity/activity.service';
export { AutomaticPointsService } from './lib/automatic/automatic-points.service';
export { DutyPointsService, AutomaticPointsRun } from './lib/automatic/duty-points.service';
/** `new CoverageService().coverageOf(db, unitIds | null, year)`: 人人上讲台 coverage per branch (for the star rating). */
export { CoverageService } from './lib/activity/coverage.service';
export { ActivityCoverage, BranchCoverage } from './lib/activity/coverage.type';
export { DisciplineRecord, EligibilityRule, HonourNomination, HonourRound, OutsideHonour } from './lib/honour/honour.entity';
export * from './lib/honour/honour.enums';
export { HonourPermission } from './lib/honour/honour.permissions';
export { HonourService } from './lib/honour/honour.service';
export { StarObjection, StarRating, StarScheme } from './lib/star/star.entity';
export * from './lib/star/star.enums';
export { StarPermission } from './lib/star/star.permissions';
export { StarService } from './lib/star/star.service';
/** `namedStarsOf(db, unitIds, year)`: the stars named for these branches in a year (for 表彰's MIN_STARS). */
export { namedStarsOf } from './lib/star/star.service';

/** 党员队伍 (part 1): points rules by year, the points ledger with its review, rankings and participation. */
export const membersModule: ZerenModule = {
  name: 'members',
  // 表彰 reads supervision's 问责 measures (isDisqualified) at nomination only, 星级评定 its findings at
  // the start of a self-assessment; supervision is composed
  // before this lib in MODULES, and declaring it would put its whole module into every members spec.
  dependsOn: ['auth', 'files', 'org-tree', 'responsibility'],
  entities: [CommitteePointsRule, AgencyPointsRule, PointsEntry, StageActivity, HonourRound, HonourNomination, OutsideHonour, DisciplineRecord, PointsYearArchive, PointsArchiveRow, StarScheme, StarRating, StarObjection],
  migrations: [Members1765100000000, PointsEntryMemberStatus1765105000000, Activity1765120000000, Honours1765140000000, PointsArchive1765150000000, Stars1765160000000],
  resolvers: [
    PointsRuleResolver,
    PointsEntryResolver,
    PointsRankingResolver,
    PointsArchiveResolver,
    PointsArchiveRowResolver,
    StageActivityResolver,
    BranchCoverageResolver,
    HonourRoundResolver,
    HonourResultResolver,
    HonourNominationResolver,
    OutsideHonourResolver,
    DisciplineRecordResolver,
    StarSchemeResolver,
    StarRatingResolver,
    StarObjectionResolver,
    StarAgencyRowResolver,
  ],
  permissions: { ...MEMBERS_GRANTS, ...ACTIVITY_GRANTS, ...HONOUR_GRANTS, ...STAR_GRANTS },
  todos: [membersTodos, honourTodos, starTodos],
  sweep: mergeSweeps([membersSweep, activitySweep, honourSweep, starSweep]),
  seed: membersSeeder,
  messages: { ...membersMessages, ...activityMessages, ...honourMessages, ...starMessages },
};
