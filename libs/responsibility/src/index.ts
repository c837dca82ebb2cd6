import './lib/responsibility.policies';
import './lib/institution/institution.policies';
import type { ZerenModule } from '@zeren/api';
import { DutyTemplate } from './lib/template/duty-template.entity';
import { DutyItem } from './lib/template/duty-item.entity';
import { AgencyDutyList } from './lib/list/agency-duty-list.entity';
import { AgencyDutyItem } from './lib/list/agency-duty-item.entity';
import { DutyTightening } from './lib/list/duty-tightening.entity';
import { FulfilmentRecord } from './lib/fulfilment/fulfilment-record.entity';
import { DutyCompletion } from './lib/figures/duty-completion.entity';
import { TemplateResolver } from './lib/template/template.resolver';
import { DutyHolderResolver, ListResolver } from './lib/list/list.resolver';
import { FulfilmentResolver, ObligationResolver } from './lib/fulfilment/fulfilment.resolver';
import { CompletionResolver } from './lib/figures/completion.resolver';
import { Responsibility1764800000000 } from './lib/migrations/1764800000000-responsibility.migration';
import { DUTY_GRANTS } from './lib/responsibility.permissions';
import { responsibilityTodos } from './lib/responsibility.todos';
import { responsibilityReminders } from './lib/responsibility.reminders';
import { responsibilitySweep } from './lib/responsibility.sweep';
import { responsibilitySeeder } from './lib/seed/responsibility.seeder';
import { responsibilityMessages } from './lib/responsibility.messages.en';
import { InstitutionDocument } from './lib/institution/institution-document.entity';
import { InstitutionVersion } from './lib/institution/institution-version.entity';
import { InstitutionReceipt } from './lib/institution/institution-receipt.entity';
import { InstitutionSupplement } from './lib/institution/institution-supplement.entity';
import { InstitutionResolver, InstitutionSupplementResolver } from './lib/institution/institution.resolver';
import { Institution1764800100000 } from './lib/institution/migrations/1764800100000-institution.migration';
import { withInstitutions } from './lib/institution/seed/institution.seeder';
import { ExportResolver } from './lib/export/export.resolver';

export { DutyLevel, DUTY_LEVEL_LABELS, EvidenceKind } from './lib/duty/duty-level.enum';
export { DutyTemplate, TemplateStatus } from './lib/template/duty-template.entity';
export { DutyItem } from './lib/template/duty-item.entity';
export { Duty, DutySource } from './lib/list/duty.type';
export { FulfilmentRecord, RecordStatus } from './lib/fulfilment/fulfilment-record.entity';
export { DutyCompletion } from './lib/figures/duty-completion.entity';
export { DutyPermission } from './lib/responsibility.permissions';
export { TemplateService } from './lib/template/template.service';
export { AgencyListService } from './lib/list/agency-list.service';
export { FulfilmentService } from './lib/fulfilment/fulfilment.service';
export { ObligationService } from './lib/fulfilment/obligation.service';
export { CompletionService } from './lib/figures/completion.service';
export { CompletionGrouping, CompletionRow } from './lib/figures/completion.type';
export { rebuildCompletion } from './lib/figures/completion-keeper';
export { responsibilityReminders } from './lib/responsibility.reminders';

/** The responsibility loop (明责·确责·尽责): templates, every agency's list, fulfilment records and their figures. */
export const responsibilityModule: ZerenModule = {
  name: 'responsibility',
  dependsOn: ['auth', 'files', 'org-tree'],
  entities: [DutyTemplate, DutyItem, AgencyDutyList, AgencyDutyItem, DutyTightening, FulfilmentRecord, DutyCompletion, InstitutionDocument, InstitutionVersion, InstitutionReceipt, InstitutionSupplement],
  migrations: [Responsibility1764800000000, Institution1764800100000],
  resolvers: [TemplateResolver, ListResolver, DutyHolderResolver, FulfilmentResolver, ObligationResolver, CompletionResolver, InstitutionResolver, InstitutionSupplementResolver, ExportResolver],
  permissions: DUTY_GRANTS,
  todos: [responsibilityTodos],
  reminders: [responsibilityReminders],
  sweep: responsibilitySweep,
  seed: withInstitutions(responsibilitySeeder),
  messages: responsibilityMessages,
};
