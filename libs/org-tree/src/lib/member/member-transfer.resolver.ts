import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '@zeren/auth';
import { OrgUnit } from '../org-unit/org-unit.entity';
import { orgLoaders } from '../org-tree.loaders';
import { MemberTransfer } from './member-transfer.entity';

@Resolver(() => MemberTransfer)
export class MemberTransferResolver {
  // Either unit may have been dissolved since; the loader still finds it, so the history keeps its names.
  @FieldResolver(() => OrgUnit, { description: '转出党组织' })
  async fromUnit(@Root() transfer: MemberTransfer, @Ctx() ctx: RequestContext): Promise<OrgUnit> {
    return (await orgLoaders.unit(ctx).load(transfer.fromUnitId))!;
  }

  @FieldResolver(() => OrgUnit, { description: '转入党组织' })
  async toUnit(@Root() transfer: MemberTransfer, @Ctx() ctx: RequestContext): Promise<OrgUnit> {
    return (await orgLoaders.unit(ctx).load(transfer.toUnitId))!;
  }
}
