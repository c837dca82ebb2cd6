import { registerEnumType } from 'type-graphql';

/** 1+N: the one implementing opinion (两规范一创建) and the N standards that carry it out. */
export enum InstitutionKind {
  ONE = 'ONE',
  N = 'N',
}
registerEnumType(InstitutionKind, {
  name: 'InstitutionKind',
  description: '制度类别(1+N)',
  valuesConfig: { ONE: { description: '“1”:实施意见' }, N: { description: '“N”:配套制度规范' } },
});

export enum VersionStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
}
registerEnumType(VersionStatus, {
  name: 'InstitutionVersionStatus',
  description: '制度版本状态',
  valuesConfig: { DRAFT: { description: '草稿' }, PUBLISHED: { description: '已发布' } },
});

export enum ReceiptStatus {
  UNCONFIRMED = 'UNCONFIRMED',
  CONFIRMED = 'CONFIRMED',
}
registerEnumType(ReceiptStatus, {
  name: 'InstitutionReceiptStatus',
  description: '制度签收状态',
  valuesConfig: { UNCONFIRMED: { description: '未确认' }, CONFIRMED: { description: '已确认' } },
});
