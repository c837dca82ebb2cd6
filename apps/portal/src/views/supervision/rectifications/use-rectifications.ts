import { computed, watch } from 'vue';
import { useRoute, useRouter, type LocationQueryRaw } from 'vue-router';
import { useMutation, useQuery } from '@vue/apollo-composable';
import {
  CloseRectificationDocument,
  DecideRectificationExtensionDocument,
  FindingCategoriesDocument,
  PendingRectificationExtensionsDocument,
  RectificationDocument,
  RectificationLedgerXlsxDocument,
  RectificationsDocument,
  VerifyRectificationDocument,
  type ExtensionFieldsFragment,
  type RectificationFieldsFragment,
  type RectificationSource,
  type RectificationStatus,
} from '@/gql/graphql';
import { confirmAction } from '@/api/confirm';
import { notifyError, notifySuccess } from '@/api/notify';
import { usePagedFilters } from '@/composables/use-paging';
import { useFileDownload } from '@/composables/use-file-download';
import { Permission } from '@/router/permissions';
import { useSessionStore } from '@/stores/session';
import { localToday } from '@/utils/deadline';
import { XLSX_TYPE } from '@/utils/download';
import { i18n } from '@/i18n';
import { RECTIFICATION_STATUSES, SOURCES } from '../shared/supervision-labels';

export type RectificationRow = RectificationFieldsFragment;
export type ExtensionRow = ExtensionFieldsFragment;

export interface LedgerFilters {
  status: RectificationStatus | '';
  tenantId: string;
  categoryId: string;
  source: RectificationSource | '';
  overdue: boolean;
  dueSoon: boolean;
  year: number | '';
  /** The deadline's month (1–12), as the figures' 按整改时限月份 rows. */
  dueMonth: number | '';
}
const blank = (): LedgerFilters => ({ status: '', tenantId: '', categoryId: '', source: '', overdue: false, dueSoon: false, year: '', dueMonth: '' });
const one = (v: unknown) => (typeof v === 'string' ? v : '');
// 三天内到期: the yellow warning's window.
const DUE_SOON_DAYS = 3;
export const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

/**
 * 整改台账, one page for both sides: the agency plans, reports and asks for more time on its own items;
 * the committee verifies, closes and decides extension requests across agencies. The to-dos' links
 * (`?id=`, `?status=`, `?extensions=1`) open the item, the filtered list or the requests.
 */
export function useRectifications() {
  const t = i18n.global.t;
  const route = useRoute();
  const router = useRouter();
  const session = useSessionStore();
  const responder = computed(() => session.canChange(Permission.RECTIFICATIONS_RESPOND));
  const verifier = computed(() => session.canChange(Permission.RECTIFICATIONS_VERIFY));
  const committee = computed(() => session.isCommittee);

  const go = (patch: LocationQueryRaw) => void router.replace({ query: { ...route.query, ...patch } });
  const tab = computed<'items' | 'extensions'>({
    get: () => (committee.value && one(route.query.extensions) === '1' ? 'extensions' : 'items'),
    set: (v) => go({ extensions: v === 'extensions' ? '1' : undefined }),
  });

  const { draft, applied, apply, resetFilters, page, pageSize, offset } = usePagedFilters(blank);
  // A to-do's `?status=RECTIFIED` or a report's drill-down (`?tenantId=&categoryId=&source=&overdue=1&year=&month=`)
  // opens the list filtered; the back button undoes it.
  const fromUrl = (): LedgerFilters => {
    const status = one(route.query.status);
    const source = one(route.query.source);
    return {
      ...blank(),
      status: (RECTIFICATION_STATUSES as string[]).includes(status) ? (status as RectificationStatus) : '',
      tenantId: one(route.query.tenantId),
      categoryId: one(route.query.categoryId),
      source: (SOURCES as string[]).includes(source) ? (source as RectificationSource) : '',
      overdue: one(route.query.overdue) === '1',
      year: Number(one(route.query.year)) || '',
      dueMonth: MONTHS.includes(Number(one(route.query.month))) ? Number(one(route.query.month)) : '',
    };
  };
  const toUrl = (f: LedgerFilters): LocationQueryRaw => ({
    status: f.status || undefined,
    tenantId: f.tenantId || undefined,
    categoryId: f.categoryId || undefined,
    source: f.source || undefined,
    overdue: f.overdue ? '1' : undefined,
    year: f.year ? String(f.year) : undefined,
    month: f.dueMonth ? String(f.dueMonth) : undefined,
  });
  watch(
    () => JSON.stringify(toUrl(fromUrl())),
    (wanted) => {
      if (wanted === JSON.stringify(toUrl(applied.value))) return;
      Object.assign(draft, fromUrl());
      apply();
    },
    { immediate: true },
  );
  function applyFilters(): void {
    apply();
    go(toUrl(draft));
  }
  function reset(): void {
    resetFilters();
    go(toUrl(blank()));
  }

  // The list and its .xlsx read the same filters.
  const filters = () => ({
    year: applied.value.year || null,
    dueMonth: applied.value.dueMonth || null,
    status: applied.value.status || null,
    tenantId: applied.value.tenantId || null,
    categoryId: applied.value.categoryId || null,
    source: applied.value.source || null,
    overdue: applied.value.overdue || null,
    dueWithinDays: applied.value.dueSoon ? DUE_SOON_DAYS : null,
  });
  const list = useQuery(RectificationsDocument, () => ({ ...filters(), offset: offset.value, limit: pageSize.value }), { fetchPolicy: 'cache-and-network' });
  list.onError(notifyError);
  const rows = computed(() => list.result.value?.rectifications.items ?? []);
  const total = computed(() => list.result.value?.rectifications.total ?? 0);
  const loading = computed(() => list.loading.value);

  const categoriesQ = useQuery(FindingCategoriesDocument, { includeRetired: true });
  const categories = computed(() => categoriesQ.result.value?.findingCategories ?? []);

  const pendingQ = useQuery(PendingRectificationExtensionsDocument, null, () => ({ enabled: committee.value, fetchPolicy: 'cache-and-network' }));
  pendingQ.onError(notifyError);
  const pending = computed(() => pendingQ.result.value?.pendingRectificationExtensions ?? []);
  const pendingLoading = computed(() => pendingQ.loading.value);

  // `?id=` (a to-do's link): that item, wherever it is in the list.
  const linked = computed(() => one(route.query.id));
  const linkedQ = useQuery(RectificationDocument, () => ({ id: linked.value }), () => ({ enabled: !!linked.value, fetchPolicy: 'network-only' }));
  linkedQ.onError(notifyError);
  const linkedItem = computed(() => (linkedQ.result.value?.rectification.id === linked.value ? linkedQ.result.value.rectification : null));
  const openItem = (id: string) => go({ id });
  const unlink = () => linked.value && go({ id: undefined });

  function refresh(): void {
    void list.refetch()?.catch(() => undefined);
    if (committee.value) void pendingQ.refetch()?.catch(() => undefined);
    if (linked.value) void linkedQ.refetch()?.catch(() => undefined);
  }
  const xlsx = useFileDownload(RectificationLedgerXlsxDocument, XLSX_TYPE, (d) => d.rectificationLedgerXlsx);
  const exporting = xlsx.busy;
  const exportLedger = () => xlsx.download(t('supervision.ledgerFile', { date: localToday() }), filters());

  const verifyM = useMutation(VerifyRectificationDocument);
  const decideM = useMutation(DecideRectificationExtensionDocument);
  async function pass(r: RectificationRow): Promise<boolean> {
    if (!(await confirmAction(t('supervision.passConfirm', { agency: r.tenant?.name ?? '', problem: r.problem.slice(0, 40) }), t('supervision.pass'), { confirmText: t('supervision.pass') }))) return false;
    try {
      await verifyM.mutate({ id: r.id, input: { pass: true } });
      notifySuccess(t('supervision.passed'));
      refresh();
      return true;
    } catch (e) {
      notifyError(e);
      return false;
    }
  }
  const fail = (id: string, comment: string) => verifyM.mutate({ id, input: { pass: false, comment } });
  async function approve(x: ExtensionRow): Promise<void> {
    if (!(await confirmAction(t('supervision.approveConfirm', { agency: x.tenant?.name ?? '', to: x.toDueOn }), t('supervision.approve'), { confirmText: t('supervision.approve') }))) return;
    try {
      await decideM.mutate({ id: x.id, input: { approve: true } });
      notifySuccess(t('supervision.approved'));
      refresh();
    } catch (e) {
      notifyError(e);
    }
  }
  const closeM = useMutation(CloseRectificationDocument);
  const close = (id: string, note: string) => closeM.mutate({ id, input: { note } });
  const reject = (id: string, comment: string) => decideM.mutate({ id, input: { approve: false, comment } });

  return {
    responder, verifier, committee, tab, draft, applyFilters, reset, page, pageSize, rows, total, loading,
    categories, sources: SOURCES, pending, pendingLoading, linkedItem, openItem, unlink, refresh, exporting, exportLedger, pass, fail, close, approve, reject,
  };
}
