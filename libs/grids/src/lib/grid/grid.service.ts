import { In, IsNull, Not } from 'typeorm';
import { Role, User } from '@zeren/auth';
import { AppError, ConflictError, NotFoundError, refuse, required } from '@zeren/shared-errors';
import { isLocalDate, localDateOf } from '@zeren/shared-periods';
import { Tenant, TenantKind, TenantStatus, activeAgencyIds, newId, type TenantDb } from '@zeren/tenancy';
import { Grid, GridLiaison, GridMembership } from './grid.entity';
import type { AssignAgenciesInput, GridInput } from './dto/grid.input';

const GRID = '网格';
const AGENCY = '单位';
// 工委班子: the committee's leading members, who lead grids.
const LEADER_ROLES: readonly Role[] = [Role.COMMITTEE_ADMIN, Role.COMMITTEE_LEADER];

/**
 * 网格化联系指导: the committee's grids, who leads and liaises with each, and which agencies are in
 * which grid when. Every read of agencies keeps to the caller's readable tenants (a liaison's grid).
 */
export class GridService {
  grids(db: TenantDb): Promise<Grid[]> {
    return db.reference(Grid).find({ order: { position: 'ASC', name: 'ASC' } });
  }

  async grid(db: TenantDb, id: string): Promise<Grid> {
    const grid = await db.reference(Grid).findOneBy({ id });
    if (!grid) throw new NotFoundError(GRID);
    return grid;
  }

  /** The current rows of these grids, only of agencies the caller may read. */
  async currentMembers(db: TenantDb, gridIds: readonly string[]): Promise<GridMembership[]> {
    if (gridIds.length === 0) return [];
    const rows = await db.reference(GridMembership).find({ where: { gridId: In([...gridIds]), endsOn: IsNull() }, order: { startsOn: 'ASC', id: 'ASC' } });
    return rows.filter((m) => db.scope.canRead(m.agencyId));
  }

  async liaisons(db: TenantDb, gridIds: readonly string[]): Promise<GridLiaison[]> {
    if (gridIds.length === 0) return [];
    return db.reference(GridLiaison).find({ where: { gridId: In([...gridIds]) }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /** Active agencies in no grid now, by name, among those the caller may read. Two statements. */
  async agenciesWithoutGrid(db: TenantDb): Promise<Tenant[]> {
    const placed = new Set((await db.reference(GridMembership).find({ where: { endsOn: IsNull() }, select: { agencyId: true } })).map((m) => m.agencyId));
    const agencies = await db.reference(Tenant).find({ where: { kind: TenantKind.AGENCY, status: TenantStatus.ACTIVE }, order: { name: 'ASC' } });
    return agencies.filter((t) => !placed.has(t.id) && db.scope.canRead(t.id));
  }

  /** An agency's grids, the latest first. */
  async history(db: TenantDb, agencyId: string): Promise<GridMembership[]> {
    await this.agency(db, agencyId);
    return db.reference(GridMembership).find({ where: { agencyId }, order: { startsOn: 'DESC', createdAt: 'DESC', id: 'DESC' } });
  }

  async create(db: TenantDb, input: GridInput): Promise<Grid> {
    const fields = await this.fields(db, input, null);
    const now = new Date();
    const position = input.position ?? ((await db.reference(Grid).find({ order: { position: 'DESC' }, take: 1 }))[0]?.position ?? 0) + 1;
    const row: Grid = { id: newId(), ...fields, position, createdAt: now, updatedAt: now };
    await db.register(Grid).insert(row);
    return row;
  }

  async update(db: TenantDb, id: string, input: GridInput): Promise<Grid> {
    const grid = await this.grid(db, id);
    const fields = await this.fields(db, input, id);
    const patch = { ...fields, position: input.position ?? grid.position, updatedAt: new Date() };
    await db.register(Grid).update({ id }, patch);
    return Object.assign(grid, patch);
  }

  /** Only an empty grid goes; its agencies' past rows stay in their history. */
  async remove(db: TenantDb, id: string): Promise<Grid> {
    const grid = await this.grid(db, id);
    if (await db.reference(GridMembership).existsBy({ gridId: id, endsOn: IsNull() })) throw new ConflictError('网格内还有单位,请先把单位调出再删除');
    await db.register(GridLiaison).delete({ gridId: id });
    await db.register(Grid).delete({ id });
    return grid;
  }

  /**
   * Puts agencies into a grid from a date: one in another grid leaves it that day. An agency
   * already in this grid stays as it is. The unique current-agency key refuses a racing move.
   */
  async assign(db: TenantDb, gridId: string, input: AssignAgenciesInput): Promise<Grid> {
    const grid = await this.grid(db, gridId);
    const on = this.date(input.on, 'on');
    const ids = [...new Set(input.agencyIds)];
    const active = await activeAgencyIds(db, ids);
    if (active.length !== ids.length) refuse('agencyIds', '网格单位应为在用的部门单位');
    const current = await db.reference(GridMembership).find({ where: { currentAgencyId: In(ids) } });
    const moving = current.filter((m) => m.gridId !== gridId);
    const tooEarly = moving.find((m) => m.startsOn > on);
    if (tooEarly) refuse('on', `调整日期不能早于该单位加入现网格的日期(${tooEarly.startsOn})`);
    const staying = new Set(current.filter((m) => m.gridId === gridId).map((m) => m.agencyId));
    const joining = ids.filter((id) => !staying.has(id));
    if (joining.length === 0) return grid;
    const now = new Date();
    if (moving.length) await db.register(GridMembership).update({ id: In(moving.map((m) => m.id)), currentAgencyId: Not(IsNull()) }, { endsOn: on, currentAgencyId: null, updatedAt: now });
    await this.insertCurrent(db, joining.map((agencyId) => ({ id: newId(), gridId, agencyId, startsOn: on, endsOn: null, currentAgencyId: agencyId, createdAt: now, updatedAt: now })));
    return grid;
  }

  async removeAgency(db: TenantDb, agencyId: string, date: string): Promise<GridMembership> {
    await this.agency(db, agencyId);
    const on = this.date(date, 'on');
    const current = await db.reference(GridMembership).findOneBy({ currentAgencyId: agencyId });
    if (!current) throw new ConflictError('该单位目前不在任何网格中');
    if (current.startsOn > on) refuse('on', `调整日期不能早于该单位加入现网格的日期(${current.startsOn})`);
    const patch = { endsOn: on, currentAgencyId: null, updatedAt: new Date() };
    // Compared in the UPDATE, so that a racing move is refused rather than undone.
    if ((await db.register(GridMembership).update({ id: current.id, currentAgencyId: agencyId }, patch)) === 0) throw new ConflictError('该单位的网格已被他人调整,请刷新后重试');
    return Object.assign(current, patch);
  }

  async setLiaisons(db: TenantDb, gridId: string, userIds: readonly string[]): Promise<Grid> {
    const grid = await this.grid(db, gridId);
    const ids = [...new Set(userIds)];
    const users = ids.length ? await db.repo(User).find({ where: { id: In(ids), disabled: false } }) : [];
    if (users.filter((u) => u.roles.includes(Role.GRID_LIAISON)).length !== ids.length) refuse('userIds', '网格联系人应为在用的、具有网格联系人角色的工委用户');
    const now = new Date();
    await db.register(GridLiaison).delete({ gridId });
    if (ids.length) await db.register(GridLiaison).insert(ids.map((userId) => ({ id: newId(), gridId, userId, createdAt: now, updatedAt: now })));
    return grid;
  }

  private async insertCurrent(db: TenantDb, rows: GridMembership[]): Promise<void> {
    try {
      await db.register(GridMembership).insert(rows);
    } catch (error) {
      if (error instanceof AppError && error.extensions['code'] === 'CONFLICT') throw new ConflictError('单位已在其他网格中,可能刚被他人调整,请刷新后重试');
      throw error;
    }
  }

  private async agency(db: TenantDb, agencyId: string): Promise<void> {
    // An agency outside the caller's reach reads exactly as one that does not exist.
    if (!db.scope.canRead(agencyId) || (await activeAgencyIds(db, [agencyId])).length === 0) throw new NotFoundError(AGENCY);
  }

  private date(value: string, field: string): string {
    if (!isLocalDate(value)) refuse(field, '请填写调整日期');
    if (value > localDateOf(new Date())) refuse(field, '调整日期不能晚于今天');
    return value;
  }

  private async fields(db: TenantDb, input: GridInput, id: string | null): Promise<Pick<Grid, 'name' | 'leaderUserId' | 'note'>> {
    const name = required(input.name, 'name', '请填写网格名称');
    if (await db.reference(Grid).existsBy({ name, ...(id ? { id: Not(id) } : {}) })) refuse('name', '已有同名的网格');
    const leader = input.leaderUserId ? await db.repo(User).findOne({ id: input.leaderUserId, disabled: false }) : null;
    if (!leader || !leader.roles.some((r) => LEADER_ROLES.includes(r))) refuse('leaderUserId', '网格负责人应为在用的工委班子成员');
    return { name, leaderUserId: leader.id, note: input.note.trim() };
  }
}
