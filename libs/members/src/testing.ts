import 'reflect-metadata';
import { Role } from '@zeren/auth';
import { createTestApi, type TestApi, type TestTenant } from '@zeren/api/testing';
import { localDateOf } from '@zeren/shared-periods';
import { filesModule } from '@zeren/files';
import { responsibilityModule } from '@zeren/responsibility';
import { insertMembers, insertTree, installPostCatalogue, makeSecretary } from '@zeren/org-tree/testing';
import { OrgUnitKind as K, PostCode, orgTreeModule, type OrgUnit, type PartyMember } from '@zeren/org-tree';
import { entryRow, type EntryFacts } from './lib/ledger/entry-row';
import { EntryOrigin, EntryStatus, RuleOwner } from './lib/members.enums';
import { membersModule } from './index';

/** The test API with files, the org tree and this lib, and the post catalogue the migrations would insert. */
export async function createMembersTestApi(): Promise<TestApi> {
  const api = await createTestApi({ modules: [filesModule, orgTreeModule, responsibilityModule, membersModule] });
  await installPostCatalogue(api.dataSource);
  return api;
}

/** A ledger row for a fixture to write straight to the table: awarded by the agency's admin, under an agency rule. */
export function pointsEntryRow(
  t: TestTenant,
  member: Pick<PartyMember, 'id' | 'unitId' | 'userId'>,
  rule: { id: string; pointsTenths?: number },
  over: Partial<Pick<EntryFacts, 'status' | 'occurredOn' | 'origin'>> = {},
) {
  return entryRow({
    member,
    rule: { id: rule.id, name: '夹具规则', category: '学习教育', pointsTenths: rule.pointsTenths ?? 15 },
    ruleOwner: RuleOwner.AGENCY,
    occurredOn: over.occurredOn ?? localDateOf(new Date()),
    origin: over.origin ?? EntryOrigin.AWARDED,
    status: over.status ?? EntryStatus.APPROVED,
    note: '夹具',
    recordedById: t.users[Role.TENANT_ADMIN]!.id,
  });
}

export interface MembersTestAgency {
  t: TestTenant;
  units: Map<string, OrgUnit>;
  secretary: PartyMember;
  /** The MEMBER user's own record, in a 党小组 of the secretary's branch. */
  self: PartyMember;
  /** Another member of the secretary's branch, without an account. */
  colleague: PartyMember;
  /** A member of the other branch, outside the secretary's data scope. */
  outsider: PartyMember;
}

/** An agency with two branches (ZB1 with a 党小组 XZ1, and ZB2); its secretary account holds `post` at `at`. */
export async function membersTestAgency(api: TestApi, code: string, post: string = PostCode.BRANCH_SECRETARY, at = 'ZB1'): Promise<MembersTestAgency> {
  const t = await api.addTenant(code);
  const units = await insertTree(api.dataSource, t.tenant.id, [
    ['DZ', K.PARTY_GROUP, null],
    ['ZB1', K.BRANCH, 'DZ'],
    ['XZ1', K.PARTY_CELL, 'ZB1'],
    ['ZB2', K.BRANCH, 'DZ'],
  ]);
  const secretary = await makeSecretary(api, t, units.get(at)!, post);
  const [self, colleague, outsider] = await insertMembers(api.dataSource, t.tenant.id, [
    { name: `${code}党员`, unitId: units.get('XZ1')!.id, userId: t.users[Role.MEMBER]!.id },
    { name: `${code}同事`, unitId: units.get('ZB1')!.id },
    { name: `${code}二支部党员`, unitId: units.get('ZB2')!.id },
  ]);
  return { t, units, secretary, self, colleague, outsider };
}
