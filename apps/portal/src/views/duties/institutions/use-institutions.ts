import { computed } from 'vue';
import { useMutation, useQuery } from '@vue/apollo-composable';
import {
  ConfirmInstitutionReceiptDocument,
  InstitutionCompendiumDocxDocument,
  InstitutionDocumentsDocument,
  InstitutionLibraryDocument,
  PublishInstitutionVersionDocument,
  RemoveInstitutionSupplementDocument,
  type InstitutionDocumentsQuery,
  type InstitutionLibraryQuery,
} from '@/gql/graphql';
import { notifyError, notifySuccess } from '@/api/notify';
import { useFileDownload } from '@/composables/use-file-download';
import { Permission } from '@/router/permissions';
import { useSessionStore } from '@/stores/session';
import { DOCX_TYPE } from '@/utils/download';

type LibraryRow = InstitutionLibraryQuery['institutionLibrary'][number];
type EditorRow = InstitutionDocumentsQuery['institutionDocuments'][number];
/** A document as the page shows it: the library's fields, and the draft for the committee's editor. */
export type InstitutionRow = Omit<LibraryRow, '__typename' | 'myReceipt' | 'supplements'> &
  Partial<Pick<LibraryRow, 'myReceipt' | 'supplements'>> &
  Partial<Pick<EditorRow, 'draft'>>;
export type SupplementRow = LibraryRow['supplements'][number];

/**
 * 制度库: the committee's editor reads every document with its draft; everyone else the documents in
 * force with their agency's receipt and supplements. The compendium downloads as a .docx.
 */
export function useInstitutions(t: (key: string) => string) {
  const session = useSessionStore();
  const canManage = computed(() => session.canChange(Permission.INSTITUTIONS_MANAGE));
  const canRespond = computed(() => session.canChange(Permission.INSTITUTIONS_RESPOND));
  const canSeeReceipts = computed(() => session.can(Permission.INSTITUTIONS_RECEIPTS));

  const library = useQuery(InstitutionLibraryDocument, null, () => ({ enabled: !canManage.value, fetchPolicy: 'cache-and-network' }));
  const editor = useQuery(InstitutionDocumentsDocument, null, () => ({ enabled: canManage.value, fetchPolicy: 'cache-and-network' }));
  library.onError(notifyError);
  editor.onError(notifyError);
  const rows = computed<InstitutionRow[]>(() => (canManage.value ? (editor.result.value?.institutionDocuments ?? []) : (library.result.value?.institutionLibrary ?? [])));
  const loading = computed(() => library.loading.value || editor.loading.value);
  const refresh = () => (canManage.value ? editor.refetch() : library.refetch());

  const publishing = useMutation(PublishInstitutionVersionDocument);
  const confirming = useMutation(ConfirmInstitutionReceiptDocument);
  const removing = useMutation(RemoveInstitutionSupplementDocument);
  const run = async (work: () => Promise<unknown>, done: string) => {
    try {
      await work();
      notifySuccess(done);
      await refresh();
    } catch (e) {
      notifyError(e);
    }
  };

  const compendium = useFileDownload(InstitutionCompendiumDocxDocument, DOCX_TYPE, (d) => d.institutionCompendiumDocx);
  const downloading = compendium.busy;
  const download = () => compendium.download(t('institutions.compendiumFile'));

  return {
    canManage,
    canRespond,
    canSeeReceipts,
    rows,
    loading,
    refresh,
    downloading,
    download,
    publish: (versionId: string) => run(() => publishing.mutate({ id: versionId }), t('institutions.published')),
    confirm: (receiptId: string) => run(() => confirming.mutate({ id: receiptId }), t('institutions.confirmed')),
    removeSupplement: (id: string) => run(() => removing.mutate({ id }), t('institutions.removed')),
  };
}
