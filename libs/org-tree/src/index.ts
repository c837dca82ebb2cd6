import './lib/org-tree.policies';
import { OrgUnit } from './lib/org-unit/org-unit.entity';
import { PartyMember } from './lib/member/party-member.entity';
import { MemberTransfer } from './lib/member/member-transfer.entity';
import { PostType } from './lib/post/post-type.entity';
import { PostAssignment } from './lib/post/post-assignment.entity';
import { OrgUnitResolver } from './lib/org-unit/org-unit.resolver';
import { PartyMemberResolver } from './lib/member/party-member.resolver';
import { MemberTransferResolver } from './lib/member/member-transfer.resolver';
import { PostResolver } from './lib/post/post.resolver';
import { OrgOverviewResolver } from './lib/overview/org-overview.resolver';
import { OrgTree1764300002000 } from './lib/migrations/1764300002000-org-tree.migration';
import { PostRules1764500000000 } from './lib/migrations/1764500000000-post-rules.migration';
import { MemberIdNumber1764600000000 } from './lib/migrations/1764600000000-member-id-number.migration';
import { ORG_GRANTS } from './lib/org-tree.permissions';
import { orgTreeScopeHook } from './lib/org-tree.scope-hook';
import { orgTreeSweep } from './lib/org-tree.sweep';
import { orgTreeSeeder } from './lib/seed/org-tree.seeder';
import { orgTreeMessages } from './lib/org-tree.messages.en';

export { OrgUnit, PATH_LENGTH, inSubtree } from './lib/org-unit/org-unit.entity';
export { OrgUnitKind, KIND_LABELS, CHILD_KINDS, ROOT_KINDS, MAX_DEPTH } from './lib/org-unit/org-unit-kind.enum';
export { PartyMember, Gender, MemberCategory, MemberStatus } from './lib/member/party-member.entity';
export { MemberTransfer } from './lib/member/member-transfer.entity';
export { PostType, PostClass, CadreKind } from './lib/post/post-type.entity';
export { PostAssignment } from './lib/post/post-assignment.entity';
export { POST_CATALOGUE, PostCode } from './lib/post/post-type.catalogue';
export { OrgPermission } from './lib/org-tree.permissions';
export { OrgUnitService } from './lib/org-unit/org-unit.service';
export { PartyMemberService, maskPhone } from './lib/member/party-member.service';
export { MemberImportService, MEMBER_COLUMNS, MAX_IMPORT_BYTES, MAX_IMPORT_ROWS, buildMemberSheet } from './lib/member/member-import.service';
export { PostService } from './lib/post/post.service';
export { OrgOverviewService, type OrgFigures } from './lib/overview/org-overview.service';
export { orgLoaders } from './lib/org-tree.loaders';
export { namesOf } from './lib/org-names';
export { SEEDED_MEMBER_COUNT } from './lib/seed/org-tree.seeder';

/** The org tree's module description (@zeren/api ZerenModule). */
export const orgTreeModule = {
  name: 'org-tree',
  dependsOn: ['auth'],
  entities: [OrgUnit, PartyMember, MemberTransfer, PostType, PostAssignment],
  migrations: [OrgTree1764300002000, PostRules1764500000000, MemberIdNumber1764600000000],
  resolvers: [OrgUnitResolver, PartyMemberResolver, MemberTransferResolver, PostResolver, OrgOverviewResolver],
  permissions: ORG_GRANTS,
  scopeHooks: [orgTreeScopeHook],
  sweep: orgTreeSweep,
  seed: orgTreeSeeder,
  messages: orgTreeMessages,
} as const;
