import { Args, ArgsType, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { PageArgs, Paginated, toPage, type Page } from '@zeren/shared-graphql';
import { TenancyPermission } from '../tenancy.permissions';
import type { ScopedContext } from '../tenant/tenant-admin.resolver';
import { AuditEntry } from './audit-entry.entity';
import { AuditFilterArgs } from './dto/audit-filter.args';

const AuditEntryPage = Paginated(AuditEntry);

@ArgsType()
class AuditPageArgs extends PageArgs {}

@Resolver()
export class AuditLogResolver {
  @Authorized(TenancyPermission.AUDIT_READ)
  @Query(() => AuditEntryPage, { description: '审计日志,新的在前' })
  async auditLog(@Args() filter: AuditFilterArgs, @Args() page: AuditPageArgs, @Ctx() ctx: ScopedContext): Promise<Page<AuditEntry>> {
    return toPage(await ctx.db.listAudit(filter, page), page);
  }
}
