import { In, IsNull } from 'typeorm';
import { BadInputError, ConflictError, NotFoundError } from '@zeren/shared-errors';
import { Tenant, containsPattern, type TenantDb } from '@zeren/tenancy';
import { OrgUnit, inSubtree } from '../org-unit/org-unit.entity';
import { assertOpen } from '../org-unit/org-unit.service';
import { KIND_LABELS, OrgUnitKind } from '../org-unit/org-unit-kind.enum';
import { MemberCategory, MemberStatus, PartyMember } from '../member/party-member.entity';
import { today } from '../org-tree.util';
import { PostAssignment } from './post-assignment.entity';
import { PostClass, PostType } from './post-type.entity';
import { POST_CATALOGUE, PostCode } from './post-type.catalogue';
import type { AssignPostInput, PostAssignmentSearchArgs } from './dto/post-assignment.input';
import type { CreatePostTypeInput, UpdatePostTypeInput } from './dto/post-type.input';

export interface SecretaryMismatchRow {
  tenantId: string;
  topUnit: OrgUnit;
  organUnit: OrgUnit;
  topSecretaryId: string | null;
  organSecretaryId: string | null;
}

export class PostService {
  catalogue(db: TenantDb): Promise<PostType[]> {
    return db.reference(PostType).find({ order: { sortOrder: 'ASC' } });
  }

  /** The committee extends the catalogue: new posts are never secretaries or part of the nine. */
  async createType(db: TenantDb, input: CreatePostTypeInput): Promise<PostType> {
    const repo = db.register(PostType);
    if (await repo.existsBy({ code: input.code })) throw new ConflictError(`岗位代码 ${input.code} 已被使用`);
    const row: PostType = {
      code: input.code,
      name: input.name.trim(),
      postClass: input.postClass,
      ninePost: false,
      assignable: input.postClass === PostClass.INDIVIDUAL,
      secretary: false,
      cadre: input.cadre ?? null,
      unitKinds: input.unitKinds?.length ? input.unitKinds : null,
      fullMembersOnly: input.fullMembersOnly ?? false,
      holderWithinUnit: input.holderWithinUnit ?? false,
      sortOrder: input.sortOrder ?? ((await repo.count()) + 1) * 10,
    };
    await repo.insert(row);
    return row;
  }

  async updateType(db: TenantDb, code: string, input: UpdatePostTypeInput): Promise<PostType> {
    const repo = db.register(PostType);
    const post = await repo.findOneBy({ code });
    if (!post) throw new NotFoundError('岗位');
    const patch: Partial<PostType> = {
      ...(input.name !== undefined ? { name: input.name.trim() } : {}),
      ...(input.notCadre ? { cadre: null } : input.cadre ? { cadre: input.cadre } : {}),
      ...(input.unitKinds ? { unitKinds: input.unitKinds.length ? input.unitKinds : null } : {}),
      ...(input.fullMembersOnly !== undefined ? { fullMembersOnly: input.fullMembersOnly } : {}),
      ...(input.holderWithinUnit !== undefined ? { holderWithinUnit: input.holderWithinUnit } : {}),
      ...(input.sortOrder !== undefined ? { sortOrder: input.sortOrder } : {}),
    };
    if (Object.keys(patch).length > 0) await repo.update({ code }, patch);
    return Object.assign(post, patch);
  }

  /**
   * One page of assignments and the total: two statements whatever the number of rows (plus one to read
   * `unitId`). Ordered by agency, then by unit as the tree lists them, then by the catalogue's post order.
   */
  async search(db: TenantDb, args: PostAssignmentSearchArgs): Promise<[PostAssignment[], number]> {
    const qb = db
      .repo(PostAssignment)
      .queryBuilder('a')
      .innerJoin(OrgUnit, 'u', 'u.tenantId = a.tenantId AND u.id = a.unitId')
      .innerJoin(PostType, 'p', 'p.code = a.postCode')
      .innerJoin(Tenant, 't', 't.id = a.tenantId');
    if (args.unitId) {
      const unit = await db.repo(OrgUnit).get(args.unitId, '党组织');
      if (args.includeDescendants) qb.andWhere(...inSubtree('u', unit));
      else qb.andWhere('a.tenantId = :unitTenant AND a.unitId = :unitId', { unitTenant: unit.tenantId, unitId: unit.id });
    }
    if (args.postCode) qb.andWhere('a.postCode = :postCode', { postCode: args.postCode });
    // A dissolved unit keeps its holders' rows, but nobody holds a post there any more.
    if (args.current) qb.andWhere('a.endsOn IS NULL AND u.dissolvedOn IS NULL');
    const term = args.search?.trim();
    if (term) {
      qb.innerJoin(PartyMember, 'm', 'm.tenantId = a.tenantId AND m.id = a.memberId').andWhere(`(u.name LIKE :term ESCAPE '!' OR m.name LIKE :term ESCAPE '!')`, {
        term: containsPattern(term),
      });
    }
    // offset/limit rather than skip/take: with joins, skip/take costs TypeORM an extra statement for the ids.
    return qb
      .orderBy('t.name')
      .addOrderBy('a.tenantId')
      .addOrderBy('u.depth')
      .addOrderBy('u.sortOrder')
      .addOrderBy('u.name')
      .addOrderBy('u.id')
      .addOrderBy('p.sortOrder')
      .addOrderBy('a.startsOn')
      .addOrderBy('a.id')
      .offset(args.offset)
      .limit(args.limit)
      .getManyAndCount();
  }

  async assign(db: TenantDb, input: AssignPostInput): Promise<PostAssignment> {
    const post = await db.reference(PostType).findOneBy({ code: input.postCode });
    if (!post) throw new BadInputError('岗位不存在', [{ field: 'postCode', message: '岗位不存在' }]);
    if (!post.assignable) throw new BadInputError(`“${post.name}”不能任命到人`, [{ field: 'postCode', message: '该岗位不能任命到人' }]);
    const member = await db.repo(PartyMember).getWritable(input.memberId, '党员');
    const unit = await db.repo(OrgUnit).getWritable(input.unitId, '党组织');
    assertOpen(unit);
    if (post.unitKinds && !post.unitKinds.includes(unit.kind)) {
      const message = `${KIND_LABELS[unit.kind]}不设“${post.name}”`;
      throw new BadInputError(message, [{ field: 'postCode', message }]);
    }
    if (member.status !== MemberStatus.ACTIVE) throw new ConflictError('只能任命在册党员');
    await assertEligible(db, post, member, unit);
    // One appointment per unit at a time, so the two checks below hold under concurrency.
    await db.repo(OrgUnit).lockForUpdate(unit.id, '党组织');
    const repo = db.repo(PostAssignment);
    if (await repo.exists({ memberId: member.id, unitId: unit.id, postCode: post.code, endsOn: IsNull() })) {
      throw new ConflictError(`${member.name}已任该组织的“${post.name}”`);
    }
    if (post.secretary && (await repo.exists({ unitId: unit.id, postCode: post.code, endsOn: IsNull() }))) {
      throw new ConflictError(`该组织已有现任“${post.name}”,请先结束其任期`);
    }
    return repo.insertOne({ memberId: member.id, unitId: unit.id, postCode: post.code, startsOn: input.startsOn ?? today(), endsOn: null });
  }

  async end(db: TenantDb, id: string, endsOn: string | undefined): Promise<PostAssignment> {
    const assignment = await db.repo(PostAssignment).getWritable(id, '任职');
    if (assignment.endsOn) throw new ConflictError('该任职已结束');
    const on = endsOn ?? today();
    if (on < assignment.startsOn) throw new BadInputError('结束日期不能早于开始日期', [{ field: 'endsOn', message: '结束日期不能早于开始日期' }]);
    return db.repo(PostAssignment).updateOne(id, { endsOn: on }, '任职');
  }

  /**
   * 一把手兼任机关党组织书记: agencies with an organ party committee whose secretary is not the
   * secretary of the top party group (committee), or where either post is vacant. Three queries in
   * all, whatever the number of agencies.
   */
  async secretaryMismatches(db: TenantDb): Promise<SecretaryMismatchRow[]> {
    const units = await db.repo(OrgUnit).find({
      where: [
        { parentId: IsNull(), dissolvedOn: IsNull() },
        { kind: OrgUnitKind.ORGAN_PARTY_COMMITTEE, dissolvedOn: IsNull() },
      ],
      order: { tenantId: 'ASC', depth: 'ASC', sortOrder: 'ASC' },
    });
    if (units.length === 0) return [];
    const holders = await db.repo(PostAssignment).find({
      where: {
        unitId: In(units.map((u) => u.id)),
        postCode: In([PostCode.PARTY_GROUP_SECRETARY, PostCode.ORGAN_COMMITTEE_SECRETARY]),
        endsOn: IsNull(),
      },
    });
    const secretaryOf = new Map(holders.map((h) => [h.unitId, h.memberId]));
    const byTenant = new Map<string, { top?: OrgUnit; organ?: OrgUnit }>();
    for (const unit of units) {
      const entry = byTenant.get(unit.tenantId) ?? {};
      if (unit.parentId === null) entry.top = unit;
      else entry.organ ??= unit;
      byTenant.set(unit.tenantId, entry);
    }
    const rows: SecretaryMismatchRow[] = [];
    for (const [tenantId, { top, organ }] of byTenant) {
      if (!top || !organ || top.id === organ.id) continue;
      const topSecretaryId = secretaryOf.get(top.id) ?? null;
      const organSecretaryId = secretaryOf.get(organ.id) ?? null;
      if (!topSecretaryId || topSecretaryId !== organSecretaryId) rows.push({ tenantId, topUnit: top, organUnit: organ, topSecretaryId, organSecretaryId });
    }
    return rows;
  }
}


/** The catalogue's rules on who may hold a post (党内规矩 as data), each refused with its reason. */
async function assertEligible(db: TenantDb, post: PostType, member: PartyMember, unit: OrgUnit): Promise<void> {
  const refuse = (message: string) => {
    throw new BadInputError(message, [{ field: 'memberId', message }]);
  };
  if (post.fullMembersOnly && member.category !== MemberCategory.FULL) {
    refuse(`“${post.name}”只能由正式党员担任,${member.name}是预备党员`);
  }
  // An action branch (行动支部) gathers members who stay registered in their own branches: none sits under it.
  if (post.holderWithinUnit && member.unitId !== unit.id && unit.kind !== OrgUnitKind.ACTION_BRANCH) {
    const home = await db.repo(OrgUnit).findOne({ id: member.unitId });
    if (!home || !home.path.startsWith(unit.path)) {
      refuse(`“${post.name}”须由${unit.name}或其下级组织的党员担任,${member.name}在${home?.name ?? '其他党组织'}`);
    }
  }
}

/**
 * Ends the member's current posts that must be held from within their unit (an elected committee's
 * seats, see PostType.holderWithinUnit) when a transfer takes them to `to`, outside that unit — as
 * leaving ends every post. A member holds a handful of posts: one update each. An action branch's posts stay: its members are registered elsewhere anyway.
 */
export async function endPostsLeftBehind(db: TenantDb, memberId: string, to: OrgUnit, endsOn: string): Promise<void> {
  const current = await db.repo(PostAssignment).find({ where: { memberId, endsOn: IsNull() } });
  if (current.length === 0) return;
  const [types, units] = await Promise.all([
    db.register(PostType).find({ where: { code: In([...new Set(current.map((a) => a.postCode))]) } }),
    db.repo(OrgUnit).find({ where: { id: In([...new Set(current.map((a) => a.unitId))]) } }),
  ]);
  const withinUnit = new Set(types.filter((t) => t.holderWithinUnit).map((t) => t.code));
  const unitOf = new Map(units.map((u) => [u.id, u]));
  const leftBehind = current.filter((a) => {
    const unit = unitOf.get(a.unitId);
    return withinUnit.has(a.postCode) && unit && unit.kind !== OrgUnitKind.ACTION_BRANCH && !to.path.startsWith(unit.path);
  });
  // A back-dated transfer never ends a term before it began: such a term ends the day it started.
  for (const a of leftBehind) await db.repo(PostAssignment).update({ id: a.id }, { endsOn: endsOn < a.startsOn ? a.startsOn : endsOn });
}

/** Inserts the catalogue rows a database lacks: schemas built from the entities (tests) start without them. */
export async function ensurePostCatalogue(db: TenantDb): Promise<void> {
  const repo = db.register(PostType);
  const have = new Set((await repo.find({ select: { code: true } })).map((p) => p.code));
  const missing = POST_CATALOGUE.filter((p) => !have.has(p.code));
  if (missing.length > 0) await repo.insert(missing);
}
