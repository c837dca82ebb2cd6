import 'reflect-metadata';
import { Role } from '@zeren/auth';
import { createTestApi, type TestApi, type TestTenant } from '@zeren/api/testing';
import { localDateOf } from '@zeren/shared-periods';
import { filesModule } from '@zeren/files';
import { responsibilityModule } from '@zeren/responsibility';
import { installPostCatalogue } from '@zeren/org-tree/testing';
import { orgTreeModule, type PartyMember } from '@zeren/org-tree';
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
