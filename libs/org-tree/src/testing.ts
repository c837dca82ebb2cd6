import 'reflect-metadata';
import type { DataSource } from 'typeorm';
import { Scope, TenantDb, newId } from '@zeren/tenancy';
import { tenantDb } from '@zeren/tenancy/testing';
import { Role } from '@zeren/auth';
import { composeIdNumber } from '@zeren/shared-rules';
import { createTestApi, type TestApi, type TestTenant } from '@zeren/api/testing';
import { PostCode } from './lib/post/post-type.catalogue';
import { orgTreeModule } from './index';
import { OrgUnit } from './lib/org-unit/org-unit.entity';
import type { OrgUnitKind } from './lib/org-unit/org-unit-kind.enum';
import { Gender, MemberCategory, MemberStatus, PartyMember } from './lib/member/party-member.entity';
import { PostAssignment } from './lib/post/post-assignment.entity';
import { ensurePostCatalogue } from './lib/post/post.service';

/**
 * The tenant page as the portal asks for it — a unit's subtree three levels below it with each
 * unit's member count, and the first 50 active members of the subtree with their posts — in one
 * document: tools/bench times it against hand-written SQL, and the loader spec counts its statements.
 */
export const TENANT_PAGE_QUERY = `query TenantPage($id: ID!) {
  orgUnit(id: $id) {
    id name kind memberCount
    children {
      id name kind memberCount
      children {
        id name kind memberCount
        children { id name kind memberCount }
      }
    }
  }
  partyMembers(unitId: $id, includeDescendants: true, status: ACTIVE, limit: 50) {
    total
    items { id name gender joinedOn unitId posts { postCode unitId startsOn } }
  }
}`;

/** The test API with this lib's entities and resolvers, and the post catalogue the migration would insert. */
export async function createOrgTreeTestApi(): Promise<TestApi> {
  const api = await createTestApi({ modules: [orgTreeModule] });
  await installPostCatalogue(api.dataSource);
  return api;
}

/** Schemas built from the entities (not the migrations) start without the catalogue rows. */
export function installPostCatalogue(dataSource: DataSource): Promise<void> {
  return ensurePostCatalogue(new TenantDb(dataSource, Scope.system('test fixture')));
}

/** `[code, kind, parentCode]`, parents before children. */
export type UnitSpec = readonly [code: string, kind: OrgUnitKind, parent: string | null];

/** Inserts a tree in bulk (paths and depths computed here); returns the units by code. */
export async function insertTree(
  dataSource: DataSource,
  tenantId: string,
  specs: readonly UnitSpec[],
  /** Units already inserted that `specs` may name as parents. */
  existing: ReadonlyMap<string, OrgUnit> = new Map(),
): Promise<Map<string, OrgUnit>> {
  const byCode = new Map<string, OrgUnit>(existing);
  const rows = specs.map(([code, kind, parentCode], i) => {
    const parent = parentCode ? byCode.get(parentCode) : undefined;
    if (parentCode && !parent) throw new Error(`parent ${parentCode} of ${code} comes later or is missing`);
    const id = newId();
    const unit = Object.assign(new OrgUnit(), {
      id,
      tenantId,
      kind,
      name: `组织${code}`,
      code,
      parentId: parent?.id ?? null,
      path: `${parent?.path ?? '/'}${id}/`,
      depth: parent ? parent.depth + 1 : 0,
      sortOrder: i,
      establishedOn: null,
      dissolvedOn: null,
      taskForce: null,
      startsOn: null,
      endsOn: null,
    });
    byCode.set(code, unit);
    return unit;
  });
  await tenantDb(dataSource, tenantId).repo(OrgUnit).insert(rows.map(({ tenantId: _t2, createdAt: _c2, updatedAt: _u2, ...row }) => row));
  return byCode;
}

/** Members for fixtures: `name` and `unitId` given, the rest plausible defaults. */
export async function insertMembers(
  dataSource: DataSource,
  tenantId: string,
  rows: (Pick<PartyMember, 'name' | 'unitId'> & Partial<PartyMember>)[],
): Promise<PartyMember[]> {
  return tenantDb(dataSource, tenantId)
    .repo(PartyMember)
    .insert(
      rows.map(({ tenantId: _t, createdAt: _c, updatedAt: _u, ...row }) => ({
        gender: Gender.MALE,
        ethnicity: '汉族',
        birthDate: '1985-01-01',
        education: '大学本科',
        joinedOn: '2008-07-01',
        category: MemberCategory.FULL,
        status: MemberStatus.ACTIVE,
        phone: null,
        idNumber: null,
        leadershipMember: false,
        jobTitle: null,
        userId: null,
        ...row,
      })),
    );
}

export async function insertPosts(
  dataSource: DataSource,
  tenantId: string,
  /** Current terms from 2024-01-01 unless `endsOn` says the term is over. */
  rows: (Pick<PostAssignment, 'memberId' | 'unitId' | 'postCode'> & Partial<Pick<PostAssignment, 'endsOn'>>)[],
): Promise<PostAssignment[]> {
  return tenantDb(dataSource, tenantId)
    .repo(PostAssignment)
    .insert(rows.map((r) => ({ startsOn: '2024-01-01', endsOn: null, ...r })));
}

/**
 * Makes the tenant's BRANCH_SECRETARY user the secretary of `unit` (a member record linked to the
 * user, holding `post` there), so that their data scope is that unit's subtree.
 */
export async function makeSecretary(api: TestApi, t: TestTenant, unit: OrgUnit, post: string = PostCode.BRANCH_SECRETARY): Promise<PartyMember> {
  const user = t.users[Role.BRANCH_SECRETARY];
  if (!user) throw new Error(`${t.tenant.code} has no branch secretary user`);
  const [member] = await insertMembers(api.dataSource, t.tenant.id, [{ name: `${t.tenant.code}书记`, unitId: unit.id, userId: user.id }]);
  await insertPosts(api.dataSource, t.tenant.id, [{ memberId: member.id, unitId: unit.id, postCode: post }]);
  return member;
}

let sheetRows = 0;

/**
 * A valid identity number for a birth date and gender, different on every call of this process
 * (the region and sequence digits count up), so that rows made by memberSheetRow never duplicate.
 */
export function uniqueIdNumber(birthDate: string, gender: Gender): string {
  const n = sheetRows++;
  return composeIdNumber(370000 + Math.floor(n / 500), birthDate, n, gender);
}

/**
 * One valid row of the member import sheet (an agency with a unit coded ZB1), with overrides. Its
 * identity number fits the row's birth date and gender and is new on every call (none where those
 * are missing or not valid, or where the overrides give one).
 */
export function memberSheetRow(overrides: Record<string, string | Date | number | null> = {}): Record<string, string | Date | number | null> {
  const row: Record<string, string | Date | number | null> = {
    姓名: '孙丽',
    性别: '女',
    民族: '汉族',
    出生日期: '1990-05-04',
    学历: '大学本科',
    入党日期: '2012-06-30',
    党员类别: '正式党员',
    所在党组织代码: 'ZB1',
    手机号: '13912345678',
    班子成员: '否',
    职务: '科员',
    ...overrides,
  };
  if ('身份证号' in overrides) return row;
  const birth = row['出生日期'];
  const birthDate = birth instanceof Date ? birth.toISOString().slice(0, 10) : typeof birth === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(birth) ? birth : null;
  const gender = row['性别'] === '男' ? Gender.MALE : row['性别'] === '女' ? Gender.FEMALE : null;
  return birthDate && gender ? { ...row, 身份证号: uniqueIdNumber(birthDate, gender) } : row;
}
