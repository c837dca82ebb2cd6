import { computed, ref, watch } from 'vue';
import { useMutation, useQuery } from '@vue/apollo-composable';
import { ArchivePointsYearDocument, PointsArchiveRowsDocument, PointsArchiveXlsxDocument, PointsArchivesDocument } from '@/gql/graphql';
import { confirmAction } from '@/api/confirm';
import { notifyError, notifySuccess } from '@/api/notify';
import { usePaging } from '@/composables/use-paging';
import { useFileDownload } from '@/composables/use-file-download';
import { Permission } from '@/router/permissions';
import { useSessionStore } from '@/stores/session';
import { localYear } from '@/utils/deadline';
import { XLSX_TYPE } from '@/utils/download';
import { i18n } from '@/i18n';

/**
 * 积分年度归档: the agency's closed years, one of them open with its ranking as it stood. The
 * agency's 党务管理员 closes last year here once nothing waits (the server names what still does).
 */
export function usePointsArchive() {
  const t = i18n.global.t;
  const session = useSessionStore();
  const archivesQ = useQuery(PointsArchivesDocument, null, { fetchPolicy: 'cache-and-network' });
  archivesQ.onError(notifyError);
  const archives = computed(() => archivesQ.result.value?.pointsArchives ?? []);
  const loadingArchives = computed(() => archivesQ.loading.value && !archivesQ.result.value);
  const year = ref<number | null>(null);
  // The latest year opens first; a year archived just now is opened by archiveLastYear.
  watch(archives, (list) => {
    if (!list.some((a) => a.year === year.value)) year.value = list[0]?.year ?? null;
  });
  const current = computed(() => archives.value.find((a) => a.year === year.value) ?? null);

  const { page, pageSize, offset } = usePaging(year, 50);
  const rowsQ = useQuery(PointsArchiveRowsDocument, () => ({ year: year.value ?? 0, offset: offset.value, limit: pageSize.value }), () => ({ enabled: year.value !== null, fetchPolicy: 'cache-and-network' }));
  rowsQ.onError(notifyError);
  const rows = computed(() => (year.value === null ? [] : (rowsQ.result.value?.pointsArchiveRows.items ?? [])));
  const total = computed(() => rowsQ.result.value?.pointsArchiveRows.total ?? 0);
  const loadingRows = computed(() => rowsQ.loading.value);

  const lastYear = localYear() - 1;
  const mayArchive = computed(() => session.canChange(Permission.POINTS_ARCHIVE) && !archives.value.some((a) => a.year === lastYear) && !loadingArchives.value);
  const archiveM = useMutation(ArchivePointsYearDocument);
  async function archiveLastYear(): Promise<void> {
    if (!(await confirmAction(t('pointsArchive.confirm', { year: lastYear }), t('pointsArchive.archive', { year: lastYear }), { confirmText: t('pointsArchive.archive', { year: lastYear }) }))) return;
    try {
      await archiveM.mutate({ year: lastYear });
      notifySuccess(t('pointsArchive.archived', { year: lastYear }));
      await archivesQ.refetch();
      year.value = lastYear;
    } catch (error) {
      notifyError(error);
    }
  }
  const archiving = computed(() => archiveM.loading.value);

  const xlsx = useFileDownload(PointsArchiveXlsxDocument, XLSX_TYPE, (d) => d.pointsArchiveXlsx);
  const exportYear = () => year.value !== null && xlsx.download(t('pointsArchive.file', { year: year.value }), { year: year.value });

  return { archives, loadingArchives, year, current, page, pageSize, rows, total, loadingRows, lastYear, mayArchive, archiving, archiveLastYear, exporting: xlsx.busy, exportYear };
}
