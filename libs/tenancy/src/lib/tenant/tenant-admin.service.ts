import { ConflictError, NotFoundError } from '@zeren/shared-errors';
import type { TenantDb } from '../scoped-db/tenant-db';
import { Tenant, TenantKind, TenantStatus } from './tenant.entity';

/** The tenant register as the committee manages it; each caller sees the tenants its scope reads. */
export class TenantAdminService {
  listTenants(db: TenantDb): Promise<Tenant[]> {
    const repo = db.reference(Tenant);
    const all = db.scope.readTenantIds;
    return all === null ? repo.find({ order: { code: 'ASC' } }) : repo.find({ where: all.map((id) => ({ id })), order: { code: 'ASC' } });
  }

  async getTenant(db: TenantDb, id: string): Promise<Tenant> {
    const tenant = db.scope.canRead(id) ? await db.reference(Tenant).findOneBy({ id }) : null;
    if (!tenant) throw new NotFoundError('单位');
    return tenant;
  }

  async setTenantStatus(db: TenantDb, id: string, status: TenantStatus): Promise<Tenant> {
    const tenant = await this.getTenant(db, id);
    if (tenant.kind === TenantKind.COMMITTEE) throw new ConflictError('不能停用工委');
    if (tenant.status === status) throw new ConflictError(status === TenantStatus.ACTIVE ? '该单位已是启用状态' : '该单位已停用');
    await db.register(Tenant).update({ id }, { status });
    return Object.assign(tenant, { status });
  }
}
