import { IsNull, Like } from 'typeorm';
import { BadInputError, ConflictError } from '@zeren/shared-errors';
import { newId, type TenantDb } from '@zeren/tenancy';
import { PartyMember, MemberStatus } from '../member/party-member.entity';
import { today, writeTenant } from '../org-tree.util';
import { CHILD_KINDS, KIND_LABELS, MAX_DEPTH, OrgUnitKind, ROOT_KINDS } from './org-unit-kind.enum';
import { OrgUnit, subtreeRange } from './org-unit.entity';
import type { CreateOrgUnitInput, UpdateOrgUnitInput } from './dto/org-unit.input';

const WHAT = '党组织';

/** Party organizations of a tenant as one tree with a materialized path. */
export class OrgUnitService {
  get(db: TenantDb, id: string): Promise<OrgUnit> {
    return db.repo(OrgUnit).get(id, WHAT);
  }

  /** The top-level organization of each tenant in scope (one for an agency user). */
  roots(db: TenantDb): Promise<OrgUnit[]> {
    return db.repo(OrgUnit).find({ where: { parentId: IsNull() }, order: { tenantId: 'ASC', sortOrder: 'ASC' } });
  }

  /** The subtree under `id` (or under every root in scope) down to `depth` levels below it, parents first. */
  async tree(db: TenantDb, id: string | undefined, depth: number, includeDissolved: boolean): Promise<OrgUnit[]> {
    const tops = id ? [await this.get(db, id)] : await this.roots(db);
    if (tops.length === 0) return [];
    const qb = db.repo(OrgUnit).queryBuilder('u');
    const ranges = tops.map((_, i) => `(u.tenantId = :t${i} AND u.path >= :from${i} AND u.path < :to${i} AND u.depth <= :d${i})`);
    const params = tops.flatMap((t, i) => {
      const { from, to } = subtreeRange(t.path);
      return [[`t${i}`, t.tenantId], [`from${i}`, from], [`to${i}`, to], [`d${i}`, t.depth + depth]];
    });
    qb.andWhere(`(${ranges.join(' OR ')})`, Object.fromEntries(params));
    if (!includeDissolved) qb.andWhere('u.dissolvedOn IS NULL');
    return qb.orderBy('u.depth').addOrderBy('u.sortOrder').addOrderBy('u.name').getMany();
  }

  async create(db: TenantDb, input: CreateOrgUnitInput): Promise<OrgUnit> {
    const repo = db.repo(OrgUnit);
    const id = newId();
    let placement: { parentId: string | null; path: string; depth: number };
    if (input.parentId) {
      const parent = await db.repo(OrgUnit).getWritable(input.parentId, '上级党组织');
      assertOpen(parent);
      assertKindFits(parent.kind, input.kind, 'kind');
      if (parent.depth + 1 > MAX_DEPTH) throw new BadInputError(`党组织最多 ${MAX_DEPTH + 1} 级`, [{ field: 'parentId', message: '层级过深' }]);
      placement = { parentId: parent.id, path: `${parent.path}${id}/`, depth: parent.depth + 1 };
    } else {
      if (!ROOT_KINDS.includes(input.kind)) {
        const allowed = ROOT_KINDS.map((k) => KIND_LABELS[k]).join('、');
        throw new BadInputError(`顶层党组织只能是${allowed}`, [{ field: 'kind', message: `顶层党组织只能是${allowed}` }]);
      }
      if (await repo.exists({ parentId: IsNull(), tenantId: writeTenant(db) })) {
        throw new ConflictError('本单位已有顶层党组织,每个单位只能有一个');
      }
      placement = { parentId: null, path: `/${id}/`, depth: 0 };
    }
    const fields = actionBranchFields(input.kind, input);
    await assertCodeFree(db, input.code.trim());
    const sortOrder = input.sortOrder ?? (await nextSortOrder(db, placement.parentId));
    return repo.insertOne({
      id,
      kind: input.kind,
      name: input.name.trim(),
      code: input.code.trim(),
      ...placement,
      sortOrder,
      establishedOn: input.establishedOn ?? null,
      dissolvedOn: null,
      ...fields,
    });
  }

  async update(db: TenantDb, id: string, input: UpdateOrgUnitInput): Promise<OrgUnit> {
    const unit = await db.repo(OrgUnit).getWritable(id, WHAT);
    const code = input.code?.trim();
    if (code && code !== unit.code) await assertCodeFree(db, code);
    const merged = {
      taskForce: input.taskForce ?? unit.taskForce ?? undefined,
      startsOn: input.startsOn ?? unit.startsOn ?? undefined,
      endsOn: input.endsOn ?? unit.endsOn ?? undefined,
    };
    return db.repo(OrgUnit).updateOne(
      id,
      {
        ...(input.name !== undefined ? { name: input.name.trim() } : {}),
        ...(code ? { code } : {}),
        ...(input.sortOrder !== undefined ? { sortOrder: input.sortOrder } : {}),
        ...(input.establishedOn !== undefined ? { establishedOn: input.establishedOn } : {}),
        ...actionBranchFields(unit.kind, merged),
      },
      WHAT,
    );
  }

  /** Moves a unit with its whole subtree under another parent; the caller's transaction keeps it atomic. */
  async move(db: TenantDb, id: string, parentId: string, sortOrder?: number): Promise<OrgUnit> {
    const unit = await db.repo(OrgUnit).getWritable(id, WHAT);
    const parent = await db.repo(OrgUnit).getWritable(parentId, '上级党组织');
    if (parent.path.startsWith(unit.path)) throw new ConflictError('不能把党组织移到它自身或其下级组织之下');
    assertOpen(parent);
    assertKindFits(parent.kind, unit.kind, 'parentId');
    const repo = db.repo(OrgUnit);
    const order = sortOrder ?? (unit.parentId === parent.id ? unit.sortOrder : await nextSortOrder(db, parent.id));
    const newPath = `${parent.path}${unit.id}/`;
    const shift = parent.depth + 1 - unit.depth;
    if (shift !== 0) {
      const deepest = await repo
        .queryBuilder('u')
        .select('MAX(u.depth)', 'deepest')
        .andWhere('u.tenantId = :tenant AND u.path LIKE :prefix', { tenant: unit.tenantId, prefix: `${unit.path}%` })
        .getRawOne<{ deepest: number | string }>();
      if (Number(deepest?.deepest ?? 0) + shift > MAX_DEPTH) {
        throw new BadInputError(`移动后党组织将超过 ${MAX_DEPTH + 1} 级`, [{ field: 'parentId', message: '层级过深' }]);
      }
    }
    await repo.update({ id }, { parentId: parent.id, sortOrder: order });
    if (newPath !== unit.path) {
      // One statement re-paths the subtree. The literals are safe to inline: paths hold only ids
      // (UUID characters) and slashes, checked here, and the shift is an integer.
      if (!/^[0-9a-f/-]+$/.test(newPath)) throw new Error(`unexpected characters in path ${newPath}`);
      await repo.update({ path: Like(`${unit.path}%`) }, {
        path: (() => `CONCAT('${newPath}', SUBSTR(path, ${unit.path.length + 1}))`) as never,
        depth: (() => `depth + (${Math.trunc(shift)})`) as never,
      });
    }
    return this.get(db, id);
  }

  /** Dissolves an empty unit: its sub-units and members must be moved or dissolved first. */
  async dissolve(db: TenantDb, id: string, on: string | undefined): Promise<OrgUnit> {
    const unit = await db.repo(OrgUnit).getWritable(id, WHAT);
    if (unit.dissolvedOn) throw new ConflictError('该党组织已撤销');
    if (await db.repo(OrgUnit).exists({ parentId: unit.id, dissolvedOn: IsNull() })) {
      throw new ConflictError('该党组织还有下级组织,请先撤销或移走下级组织');
    }
    if (await db.repo(PartyMember).exists({ unitId: unit.id, status: MemberStatus.ACTIVE })) {
      throw new ConflictError('该党组织还有在册党员,请先转接党员组织关系');
    }
    const dissolvedOn = on ?? today();
    if (unit.establishedOn && dissolvedOn < unit.establishedOn) {
      throw new BadInputError('撤销日期不能早于成立日期', [{ field: 'dissolvedOn', message: '撤销日期不能早于成立日期' }]);
    }
    return db.repo(OrgUnit).updateOne(id, { dissolvedOn }, WHAT);
  }

  async restore(db: TenantDb, id: string): Promise<OrgUnit> {
    const unit = await db.repo(OrgUnit).getWritable(id, WHAT);
    if (!unit.dissolvedOn) throw new ConflictError('该党组织未被撤销');
    if (unit.parentId) {
      const parent = await db.repo(OrgUnit).getWritable(unit.parentId, '上级党组织');
      if (parent.dissolvedOn) throw new ConflictError('上级党组织已撤销,请先恢复上级党组织');
    }
    return db.repo(OrgUnit).updateOne(id, { dissolvedOn: null }, WHAT);
  }
}

/**
 * The order that puts a new or moved unit after every sibling: one step past the highest. (A count
 * of the siblings times ten landed first once their orders had gaps: 40 beside 50, 80, 110, 140.)
 */
async function nextSortOrder(db: TenantDb, parentId: string | null): Promise<number> {
  const qb = db.repo(OrgUnit).queryBuilder('u').select('MAX(u.sortOrder)', 'last');
  if (parentId) qb.andWhere('u.parentId = :parentId', { parentId });
  else qb.andWhere('u.parentId IS NULL AND u.tenantId = :tenantId', { tenantId: writeTenant(db) });
  const row = await qb.getRawOne<{ last: unknown }>();
  return row?.last === null || row?.last === undefined ? 0 : Number(row.last) + 10;
}

export function assertOpen(unit: OrgUnit): void {
  if (unit.dissolvedOn) throw new ConflictError(`${unit.name}已撤销`);
}

function assertKindFits(parent: OrgUnitKind, child: OrgUnitKind, field: string): void {
  if (!CHILD_KINDS[parent].includes(child)) {
    const message = `${KIND_LABELS[parent]}下不能设立${KIND_LABELS[child]}`;
    throw new BadInputError(message, [{ field, message }]);
  }
}

async function assertCodeFree(db: TenantDb, code: string): Promise<void> {
  if (await db.repo(OrgUnit).exists({ code, tenantId: writeTenant(db) })) {
    throw new ConflictError(`组织代码 ${code} 已被使用`);
  }
}

/** Task force and dates belong to action branches only, and are required there. */
function actionBranchFields(
  kind: OrgUnitKind,
  input: { taskForce?: string | null; startsOn?: string | null; endsOn?: string | null },
): Pick<OrgUnit, 'taskForce' | 'startsOn' | 'endsOn'> {
  if (kind !== OrgUnitKind.ACTION_BRANCH) {
    if (input.taskForce || input.startsOn || input.endsOn) {
      throw new BadInputError('只有行动支部填写工作专班和起止日期', [{ field: 'taskForce', message: '只有行动支部填写' }]);
    }
    return { taskForce: null, startsOn: null, endsOn: null };
  }
  const issues = [
    ...(input.taskForce?.trim() ? [] : [{ field: 'taskForce', message: '请填写行动支部依托的工作专班或重大项目' }]),
    ...(input.startsOn ? [] : [{ field: 'startsOn', message: '请填写行动支部开始日期' }]),
    ...(input.startsOn && input.endsOn && input.endsOn < input.startsOn ? [{ field: 'endsOn', message: '结束日期不能早于开始日期' }] : []),
  ];
  if (issues.length > 0) throw new BadInputError(issues[0].message, issues);
  return { taskForce: input.taskForce!.trim(), startsOn: input.startsOn!, endsOn: input.endsOn ?? null };
}
