import './lib/members.policies';
import './lib/honour/honour.policies';
import type { ZerenModule } from '@zeren/api';
import { AgencyPointsRule, CommitteePointsRule } from './lib/rule/points-rule.entity';
import { PointsEntry } from './lib/ledger/points-entry.entity';
import { PointsRuleResolver } from './lib/rule/rule.resolver';
import { PointsEntryResolver } from './lib/ledger/ledger.resolver';
import { PointsRankingResolver } from './lib/ranking/ranking.resolver';
import { Members1765100000000 } from './lib/migrations/1765100000000-members.migration';
import { MEMBERS_GRANTS } from './lib/members.permissions';
import { membersTodos } from './lib/members.todos';
import { membersSweep } from './lib/members.sweep';
import { membersMessages } from './lib/members.messages.en';
import { membersSeeder } from './lib/seed/members.seeder';
import { DisciplineRecord, HonourNomination, HonourRound, OutsideHonour } from './lib/honour/honour.entity';
import { DisciplineRecordResolver, HonourNominationResolver, HonourResultResolver, HonourRoundResolver, OutsideHonourResolver } from './lib/honour/honour.resolver';
import { Honours1765140000000 } from './lib/migrations/1765140000000-honours.migration';
import { HONOUR_GRANTS } from './lib/honour/honour.permissions';
import { honourTodos } from './lib/honour/honour.todos';
import { honourSweep } from './lib/honour/honour.sweep';
import { honourMessages } from './lib/honour/honour.messages.en';

export { AgencyPointsRule, CommitteePointsRule, PointsRule } from './lib/rule/points-rule.entity';
export { PointsEntry } from './lib/ledger/points-entry.entity';
export * from './lib/members.enums';
export { MembersPermission } from './lib/members.permissions';
export { RuleService } from './lib/rule/rule.service';
export { LedgerService } from './lib/ledger/ledger.service';
export { RankingService } from './lib/ranking/ranking.service';
export { PointsRank, PointsRanking, PointsParticipation } from './lib/ranking/ranking.type';
export { DisciplineRecord, EligibilityRule, HonourNomination, HonourRound, OutsideHonour } from './lib/honour/honour.entity';
export * from './lib/honour/honour.enums';
export { HonourPermission } from './lib/honour/honour.permissions';
export { HonourService } from './lib/honour/honour.service';

/** 党员队伍 (part 1): points rules by year, the points ledger with its review, rankings and participation. */
export const membersModule: ZerenModule = {
  name: 'members',
  dependsOn: ['auth', 'files', 'org-tree'],
  entities: [CommitteePointsRule, AgencyPointsRule, PointsEntry, HonourRound, HonourNomination, OutsideHonour, DisciplineRecord],
  migrations: [Members1765100000000, Honours1765140000000],
  resolvers: [PointsRuleResolver, PointsEntryResolver, PointsRankingResolver, HonourRoundResolver, HonourResultResolver, HonourNominationResolver, OutsideHonourResolver, DisciplineRecordResolver],
  permissions: { ...MEMBERS_GRANTS, ...HONOUR_GRANTS },
  todos: [membersTodos, honourTodos],
  sweep: {
    mutations: { ...membersSweep.mutations, ...honourSweep.mutations },
    committeeReach: { ...membersSweep.committeeReach, ...honourSweep.committeeReach },
    unswept: { ...membersSweep.unswept, ...honourSweep.unswept },
  },
  seed: membersSeeder,
  messages: { ...membersMessages, ...honourMessages },
};
