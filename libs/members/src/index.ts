import './lib/members.policies';
import './lib/activity/activity.policies';
import type { ZerenModule } from '@zeren/api';
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
export { StageActivity } from './lib/activity/stage-activity.entity';
export * from './lib/activity/activity.enums';
export { ActivityPermission } from './lib/activity/activity.permissions';
export { ActivityService } from './lib/activity/activity.service';
export { AutomaticPointsService } from './lib/automatic/automatic-points.service';
export { DutyPointsService, AutomaticPointsRun } from './lib/automatic/duty-points.service';
/** `new CoverageService().coverageOf(db, unitIds | null, year)`: 人人上讲台 coverage per branch (for the star rating). */
export { CoverageService } from './lib/activity/coverage.service';
export { ActivityCoverage, BranchCoverage } from './lib/activity/coverage.type';

/** 党员队伍 (part 1): points rules by year, the points ledger with its review, rankings and participation. */
export const membersModule: ZerenModule = {
  name: 'members',
  dependsOn: ['auth', 'files', 'org-tree', 'responsibility'],
  entities: [CommitteePointsRule, AgencyPointsRule, PointsEntry, StageActivity],
  migrations: [Members1765100000000, PointsEntryMemberStatus1765105000000, Activity1765120000000],
  resolvers: [PointsRuleResolver, PointsEntryResolver, PointsRankingResolver, StageActivityResolver, BranchCoverageResolver],
  permissions: { ...MEMBERS_GRANTS, ...ACTIVITY_GRANTS },
  todos: [membersTodos],
  sweep: { ...membersSweep, mutations: { ...membersSweep.mutations, ...activitySweep.mutations } },
  seed: membersSeeder,
  messages: { ...membersMessages, ...activityMessages },
};
