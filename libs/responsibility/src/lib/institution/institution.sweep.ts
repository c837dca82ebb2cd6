import type { SweepFixtures } from '@zeren/shared-graphql';
import { InstitutionKind } from './institution-kind.enum';

// The documents and versions are global rows only the committee writes: their ids name no tenant,
// so the sweep (which probes tenant-owned rows) has nothing to swap in. institution-api.spec.ts
// holds them to the committee: FORBIDDEN to agencies and to a narrowed view.
const GLOBAL = 'takes the id of a committee-only global row (institution_document/institution_version), no tenant to cross; institution-api.spec.ts checks agencies and narrowed views are refused';

/** Valid inputs for the isolation sweep (tools/isolation-sweep): the 1+N library. */
export const institutionSweep: SweepFixtures = {
  mutations: {
    createInstitutionDocument: ({ unique }) => ({ input: { kind: InstitutionKind.N, title: `清扫制度${unique}` } }),
    // No id: an agency is refused by permission, a narrowed view as read-only before anything is read.
    issueMissingInstitutionReceipts: () => ({}),
    confirmInstitutionReceipt: ({ own }) => ({ id: own('institution_receipt') }),
    addInstitutionSupplement: ({ own }) => ({ receiptId: own('institution_receipt'), input: { title: '清扫细则', body: '清扫正文', fileIds: [own('stored_file')] } }),
    updateInstitutionSupplement: ({ own }) => ({ id: own('institution_supplement'), input: { title: '清扫细则', body: '清扫正文', fileIds: [own('stored_file')] } }),
    removeInstitutionSupplement: ({ own }) => ({ id: own('institution_supplement') }),
  },
  unswept: {
    updateInstitutionDocument: GLOBAL,
    draftInstitutionVersion: GLOBAL,
    updateInstitutionVersion: GLOBAL,
    publishInstitutionVersion: GLOBAL,
    importDutyItems: 'takes the id of a committee-only global row (duty_template), no tenant to cross; export-api.spec.ts checks agencies are refused',
  },
};
