import { computed, reactive, ref, useTemplateRef } from 'vue';
import { useI18n } from 'vue-i18n';
import { useApolloClient, useMutation, useQuery } from '@vue/apollo-composable';
import type { FormInstance, FormRules } from 'element-plus';
import {
  CreatePartyMemberDocument,
  ImportPartyMembersDocument,
  PartyMemberDetailDocument,
  PartyMemberImportTemplateDocument,
  PartyMembersDocument,
  TransferPartyMemberDocument,
  UpdatePartyMemberDocument,
  type Gender,
  type MemberCategory,
  type MemberStatus,
  type PartyMembersQuery,
} from '@/gql/graphql';
import { describeError, issuesByField, type ApiIssue } from '@/api/errors';
import { notifyError, notifySuccess } from '@/api/notify';
import { usePagedFilters } from '@/composables/use-paging';
import { useSessionStore } from '@/stores/session';
import { useTenants } from '@/composables/use-tenants';
import { useUnitOptions } from '../shared/use-unit-options';

export type MemberRow = PartyMembersQuery['partyMembers']['items'][number];

// Mirrors CreatePartyMemberInput / UpdatePartyMemberInput on the gateway.
const PHONE = /^1[3-9]\d{9}$/;
const MAX_IMPORT_BYTES = 2 * 1024 * 1024;
export const EDUCATION_OPTIONS = ['研究生', '大学本科', '大学专科', '中专', '高中及以下'];

export function useMembers() {
  const { t } = useI18n();
  const session = useSessionStore();
  const { resolveClient } = useApolloClient();
  const ownTenant = computed(() => session.user?.tenant.id);
  const writer = computed(() => session.hasRole('TENANT_ADMIN', 'COMMITTEE_ADMIN'));
  // Across agencies a unit name like 机关第一党支部 is ambiguous: the committee also sees the agency.
  const showTenant = computed(() => session.isCommittee && !session.viewTenantId);
  const { nameOf: tenantName } = useTenants();
  const canEdit = (row: MemberRow) => writer.value && row.tenantId === ownTenant.value && row.status === 'ACTIVE';

  // Pickers list every unit in view; writes only go to the caller's own tenant.
  const units = useUnitOptions(writer, undefined, (u) => u.tenantId === ownTenant.value);
  const filterUnits = useUnitOptions(true);

  // ---- list
  const { draft, applied, apply, resetFilters, page, pageSize, offset } = usePagedFilters(() => ({ search: '', unitId: '', status: 'ACTIVE' as MemberStatus | '' }));
  const list = useQuery(PartyMembersDocument, () => ({
    search: applied.value.search.trim() || null,
    unitId: applied.value.unitId || null,
    status: applied.value.status || null,
    includeDescendants: true,
    offset: offset.value,
    limit: pageSize.value,
  }));
  list.onError(notifyError);
  const rows = computed(() => list.result.value?.partyMembers.items ?? []);
  const total = computed(() => list.result.value?.partyMembers.total ?? 0);

  // ---- create / edit
  const formRef = useTemplateRef<FormInstance>('memberForm');
  const dialog = reactive({ open: false, editing: null as MemberRow | null });
  const blank = () => ({
    name: '',
    gender: '' as Gender | '',
    ethnicity: '汉族',
    birthDate: '',
    education: '',
    joinedOn: '',
    category: 'FULL' as MemberCategory,
    unitId: '',
    phone: '',
    leadershipMember: false,
    jobTitle: '',
    status: 'ACTIVE' as MemberStatus,
  });
  const form = reactive(blank());
  const fieldErrors = ref<Record<string, string>>({});
  const rules = computed<FormRules>(() => ({
    name: [{ required: true, whitespace: true, max: 32, message: t('members.nameRule'), trigger: 'blur' }],
    gender: [{ required: true, message: t('members.genderRequired'), trigger: 'change' }],
    ethnicity: [{ required: true, whitespace: true, max: 16, message: t('members.ethnicityRule'), trigger: 'blur' }],
    education: [{ max: 16, message: t('members.educationMax'), trigger: 'change' }],
    joinedOn: [
      { required: true, message: t('members.joinedOnRequired'), trigger: 'change' },
      {
        validator: (_r, value: string, cb) => (form.birthDate && value && value <= form.birthDate ? cb(new Error(t('members.joinedAfterBirth'))) : cb()),
        trigger: 'change',
      },
    ],
    unitId: dialog.editing ? [] : [{ required: true, message: t('members.unitRequired'), trigger: 'change' }],
    phone: [{ pattern: PHONE, message: t('members.phoneRule'), trigger: 'blur' }],
    jobTitle: [{ max: 64, message: t('members.jobTitleMax'), trigger: 'blur' }],
  }));

  function openCreate(): void {
    Object.assign(form, blank(), { unitId: applied.value.unitId && units.units.value.some((u) => u.id === applied.value.unitId && u.tenantId === ownTenant.value) ? applied.value.unitId : '' });
    fieldErrors.value = {};
    dialog.editing = null;
    dialog.open = true;
    formRef.value?.clearValidate();
  }

  function openEdit(row: MemberRow): void {
    Object.assign(form, blank(), {
      name: row.name,
      gender: row.gender,
      ethnicity: row.ethnicity,
      birthDate: row.birthDate ?? '',
      education: row.education ?? '',
      joinedOn: row.joinedOn,
      category: row.category,
      unitId: row.unitId,
      phone: row.phone ?? '',
      leadershipMember: row.leadershipMember,
      jobTitle: row.jobTitle ?? '',
      status: row.status,
    });
    fieldErrors.value = {};
    dialog.editing = row;
    dialog.open = true;
    formRef.value?.clearValidate();
  }

  const createMutation = useMutation(CreatePartyMemberDocument);
  const updateMutation = useMutation(UpdatePartyMemberDocument);
  const saving = computed(() => createMutation.loading.value || updateMutation.loading.value);
  const orNull = (s: string) => (s.trim() ? s.trim() : null);

  async function save(): Promise<void> {
    fieldErrors.value = {};
    const valid = await formRef.value?.validate().catch(() => false);
    if (!valid || !form.gender) return;
    try {
      if (dialog.editing) {
        const before = dialog.editing;
        await updateMutation.mutate({
          id: before.id,
          input: {
            name: form.name.trim(),
            gender: form.gender,
            ethnicity: form.ethnicity.trim(),
            birthDate: orNull(form.birthDate),
            education: orNull(form.education),
            joinedOn: form.joinedOn,
            category: form.category,
            leadershipMember: form.leadershipMember,
            jobTitle: orNull(form.jobTitle),
            // Only a changed number is sent: others see it masked (138****5678).
            ...(form.phone !== (before.phone ?? '') ? { phone: orNull(form.phone) } : {}),
            ...(form.status !== before.status ? { status: form.status } : {}),
          },
        });
        notifySuccess(t('common.saved'));
      } else {
        await createMutation.mutate({
          input: {
            name: form.name.trim(),
            gender: form.gender,
            ethnicity: form.ethnicity.trim(),
            birthDate: orNull(form.birthDate),
            education: orNull(form.education),
            joinedOn: form.joinedOn,
            category: form.category,
            unitId: form.unitId,
            phone: orNull(form.phone),
            leadershipMember: form.leadershipMember,
            jobTitle: orNull(form.jobTitle),
          },
        });
        notifySuccess(t('common.created'));
      }
      dialog.open = false;
      await list.refetch();
    } catch (e) {
      fieldErrors.value = issuesByField(notifyError(e).issues);
    }
  }

  // ---- transfer
  const transferRef = useTemplateRef<FormInstance>('transferForm');
  const transfer = reactive({ open: false, member: null as MemberRow | null, toUnitId: '', transferredOn: '', note: '' });
  const transferRules = computed<FormRules>(() => ({
    toUnitId: [
      { required: true, message: t('members.unitRequired'), trigger: 'change' },
      { validator: (_r, v: string, cb) => (v && v === transfer.member?.unitId ? cb(new Error(t('members.sameUnit'))) : cb()), trigger: 'change' },
    ],
    note: [{ max: 200, message: t('members.noteMax'), trigger: 'blur' }],
  }));
  const transferMutation = useMutation(TransferPartyMemberDocument);

  function openTransfer(row: MemberRow): void {
    Object.assign(transfer, { open: true, member: row, toUnitId: '', transferredOn: '', note: '' });
    transferRef.value?.clearValidate();
  }

  async function saveTransfer(): Promise<void> {
    const valid = await transferRef.value?.validate().catch(() => false);
    if (!valid || !transfer.member) return;
    try {
      await transferMutation.mutate({
        id: transfer.member.id,
        input: { toUnitId: transfer.toUnitId, transferredOn: orNull(transfer.transferredOn), note: orNull(transfer.note) },
      });
      notifySuccess(t('members.transferred'));
      transfer.open = false;
      await list.refetch();
    } catch (e) {
      notifyError(e);
    }
  }

  // ---- detail: current posts and transfer history, read when the drawer opens
  const detail = reactive({ open: false, member: null as MemberRow | null });
  const detailQuery = useQuery(PartyMemberDetailDocument, () => ({ id: detail.member?.id ?? '' }), () => ({
    enabled: detail.open && !!detail.member,
    fetchPolicy: 'cache-and-network',
  }));
  detailQuery.onError(notifyError);
  // The query keeps the previous member's result until the next one arrives: never show it for another row.
  const detailMember = computed(() => {
    const member = detailQuery.result.value?.partyMember;
    return detail.open && member && member.id === detail.member?.id ? member : null;
  });
  // Newest move first, as people read a history.
  const transfers = computed(() => [...(detailMember.value?.transfers ?? [])].reverse());

  function openDetail(row: MemberRow): void {
    Object.assign(detail, { open: true, member: row });
  }

  // ---- Excel import
  const importState = reactive({
    open: false,
    fileName: '',
    stage: 'idle' as 'idle' | 'reading' | 'uploading' | 'done' | 'failed',
    percent: 0,
    created: 0,
    message: '',
    issues: [] as ApiIssue[],
  });
  const importMutation = useMutation(ImportPartyMembersDocument);
  const templateLoading = ref(false);

  function openImport(): void {
    Object.assign(importState, { open: true, fileName: '', stage: 'idle', percent: 0, created: 0, message: '', issues: [] });
  }

  async function downloadTemplate(): Promise<void> {
    templateLoading.value = true;
    try {
      const { data } = await resolveClient().query({ query: PartyMemberImportTemplateDocument, fetchPolicy: 'network-only' });
      const bytes = Uint8Array.from(atob(data.partyMemberImportTemplate), (c) => c.charCodeAt(0));
      const url = URL.createObjectURL(new Blob([bytes], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = '党员导入模板.xlsx';
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    } catch (e) {
      notifyError(e);
    } finally {
      templateLoading.value = false;
    }
  }

  /** Reads the file as base64, reporting progress (0–50 %); the upload and check take the rest. */
  function readBase64(file: File): Promise<string> {
    return new Promise((resolve, reject) => {
      const reader = new FileReader();
      reader.onprogress = (e) => {
        if (e.lengthComputable) importState.percent = Math.round((e.loaded / e.total) * 50);
      };
      reader.onerror = () => reject(reader.error);
      reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
      reader.readAsDataURL(file);
    });
  }

  async function importFile(file: File): Promise<void> {
    Object.assign(importState, { fileName: file.name, stage: 'reading', percent: 0, created: 0, message: '', issues: [] });
    if (!/\.xlsx$/i.test(file.name)) {
      Object.assign(importState, { stage: 'failed', message: t('members.fileType') });
      return;
    }
    if (file.size > MAX_IMPORT_BYTES) {
      Object.assign(importState, { stage: 'failed', message: t('members.fileTooLarge') });
      return;
    }
    try {
      const base64 = await readBase64(file);
      Object.assign(importState, { stage: 'uploading', percent: 50 });
      // fetch gives no upload progress: creep towards 95 % until the gateway answers.
      const creep = setInterval(() => (importState.percent = Math.min(95, importState.percent + Math.max(1, (95 - importState.percent) / 8))), 200);
      try {
        const result = await importMutation.mutate({ fileBase64: base64 });
        Object.assign(importState, { stage: 'done', percent: 100, created: result?.data?.importPartyMembers.created ?? 0 });
      } finally {
        clearInterval(creep);
      }
      notifySuccess(t('members.importDone', { n: importState.created }));
      await list.refetch();
    } catch (e) {
      const problem = describeError(e);
      Object.assign(importState, { stage: 'failed', percent: 100, message: problem.message, issues: problem.issues });
    }
  }

  return {
    writer,
    showTenant,
    tenantName,
    canEdit,
    unitOptions: units.options,
    filterUnitOptions: filterUnits.options,
    draft,
    apply,
    resetFilters,
    rows,
    total,
    loading: list.loading,
    page,
    pageSize,
    dialog,
    form,
    rules,
    fieldErrors,
    saving,
    openCreate,
    openEdit,
    save,
    transfer,
    detail,
    detailMember,
    transfers,
    detailLoading: detailQuery.loading,
    openDetail,
    transferRules,
    transferring: transferMutation.loading,
    openTransfer,
    saveTransfer,
    importState,
    templateLoading,
    openImport,
    downloadTemplate,
    importFile,
  };
}
