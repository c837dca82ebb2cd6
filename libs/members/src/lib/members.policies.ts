import { dataScoped, globalTable } from '@zeren/tenancy';
import { CommitteePointsRule } from './rule/points-rule.entity';
import { PointsEntry } from './ledger/points-entry.entity';
import { PointsArchiveRow } from './archive/points-archive.entity';

// The committee's default rules are reference data every agency reads; only the committee writes them.
globalTable(CommitteePointsRule, { writers: 'committee' });

// 数据权限: a branch secretary reaches the entries of members in their branches' subtrees, a member
// their own (memberUserId), the agency admin all of the agency's. Services add no filter of their own.
dataScoped(PointsEntry, { unit: 'unitId', own: { column: 'memberUserId' } });

// An archived ranking as the live one reads: a secretary the rows of their branches (by the branch
// the member was ranked in), the agency admin all. A member reads their place on 我的积分, not here.
dataScoped(PointsArchiveRow, { unit: 'branchId', own: 'none' });
