import { dataScoped, dispatchable, globalTable } from '@zeren/tenancy';
import { DutyTemplate } from './template/duty-template.entity';
import { DutyItem } from './template/duty-item.entity';
import { AgencyDutyList } from './list/agency-duty-list.entity';
import { FulfilmentRecord } from './fulfilment/fulfilment-record.entity';

// 明责 is the committee's: templates and their items are reference data every agency reads.
globalTable(DutyTemplate, { writers: 'committee' });
globalTable(DutyItem, { writers: 'committee' });

// Publishing writes every agency's list in one statement; the list row itself is the committee's.
dispatchable(AgencyDutyList, { committeeFields: ['templateId', 'year', 'issuedAt'], agencyFields: [] });

// 数据权限: a branch secretary reaches the records of their branches' subtrees, a member the records
// of their own duties (subjectUserId), the agency admin all of the agency's.
dataScoped(FulfilmentRecord, { unit: 'unitId', own: { column: 'subjectUserId' } });
