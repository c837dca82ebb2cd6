import { useI18n } from 'vue-i18n';
import { useMutation } from '@vue/apollo-composable';
import { MoveOrgUnitDocument } from '@/gql/graphql';
import { notifyError, notifySuccess } from '@/api/notify';

/** Moving a unit (with its subtree) under another parent: from the move dialog or by dragging in the tree. */
export function useMoveOrgUnit() {
  const { t } = useI18n();
  const { mutate, loading } = useMutation(MoveOrgUnitDocument);

  async function move(id: string, parentId: string): Promise<boolean> {
    try {
      await mutate({ id, parentId });
      notifySuccess(t('org.moved'));
      return true;
    } catch (e) {
      notifyError(e);
      return false;
    }
  }

  return { move, moving: loading };
}
