import { ref } from 'vue';
import { useApolloClient } from '@vue/apollo-composable';
import type { OperationVariables } from '@apollo/client/core';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { notifyError } from '@/api/notify';
import { downloadBase64 } from '@/utils/download';

/**
 * A file the API sends as base64 in a query's answer (an .xlsx ledger, a .docx paper, an import
 * template): fetched fresh each time, saved under a name; `busy` while it is on its way (the button's
 * loading state); a refusal said the way every error is.
 */
export function useFileDownload<TData, TVars extends OperationVariables>(query: TypedDocumentNode<TData, TVars>, type: string, pick: (data: TData) => string) {
  const { resolveClient } = useApolloClient();
  const busy = ref(false);
  async function download(name: string, variables?: TVars): Promise<void> {
    busy.value = true;
    try {
      const { data } = await resolveClient().query({ query, variables, fetchPolicy: 'network-only' });
      downloadBase64(pick(data), name, type);
    } catch (e) {
      notifyError(e);
    } finally {
      busy.value = false;
    }
  }
  return { busy, download };
}
