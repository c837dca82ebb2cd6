import { dataScoped } from '@zeren/tenancy';
import { StageActivity } from './stage-activity.entity';

// 数据权限: a branch secretary reaches the sessions of their branches, the agency admin all of the
// agency's; a member none (own: 'none'). Services add no filter of their own.
dataScoped(StageActivity, { unit: 'unitId', own: 'none' });
