import { dataScoped, globalTable } from '@zeren/tenancy';
import { OrgUnit } from './org-unit/org-unit.entity';
import { PartyMember } from './member/party-member.entity';
import { MemberTransfer } from './member/member-transfer.entity';
import { PostAssignment } from './post/post-assignment.entity';
import { PostType } from './post/post-type.entity';

// 数据权限 inside an agency: everyone reads the org structure; a branch secretary manages their
// branches' subtrees and reads the people in them; a member reads their own member record (its posts
// and transfers through ctx.own), nobody else's.
// Readable by all (readAll); a member writes no unit whatever their permissions (own: 'none').
dataScoped(OrgUnit, { unit: 'id', own: 'none', readAll: true, insertUnit: 'parentId' });
dataScoped(PartyMember, { unit: 'unitId', own: { column: 'userId' } });
dataScoped(PostAssignment, { unit: 'unitId', own: 'none' });
dataScoped(MemberTransfer, { unit: ['fromUnitId', 'toUnitId'], own: 'none' });

// The post catalogue is the committee's (三级两类九岗 as data).
globalTable(PostType, { writers: 'committee' });
