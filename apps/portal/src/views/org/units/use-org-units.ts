import { computed, onBeforeUnmount, ref, useTemplateRef, watch } from 'vue';
import { useI18n } from 'vue-i18n';
import { useApolloClient, useQuery } from '@vue/apollo-composable';
import type Node from 'element-plus/es/components/tree/src/model/node';
import type { TreeInstance } from 'element-plus';
import { OrgRootsDocument, OrgUnitChildrenDocument, OrgUnitDocument, type OrgUnitKind } from '@/gql/graphql';
import { confirmAction } from '@/api/confirm';
import { notifyError } from '@/api/notify';
import { Permission } from '@/router/permissions';
import { useSessionStore } from '@/stores/session';
import { useOrgUnitRules } from '../shared/use-org-unit-rules';
import { useMoveOrgUnit } from './use-move-org-unit';

export interface TreeUnit {
  id: string;
  name: string;
  kind: OrgUnitKind;
  code: string;
  tenantId: string;
  dissolvedOn?: string | null;
  writable: boolean;
  leaf: boolean;
}

type UnitNode = Node & { data: TreeUnit };

export function useOrgUnits() {
  const { t } = useI18n();
  const session = useSessionStore();
  const { resolveClient } = useApolloClient();
  const tree = useTemplateRef<TreeInstance>('unitTree');

  const writer = computed(() => session.canChange(Permission.ORG_UNITS_MANAGE));
  // `writable`: the caller's scope reaches the unit (own tenant; for a secretary, their branches' subtrees).
  const canWrite = (unit: { writable: boolean } | null | undefined) => writer.value && !!unit?.writable;
  const { mayHold } = useOrgUnitRules();

  // ---- lazy tree
  const selectedId = ref<string | null>(null);
  const showDissolved = ref(false);
  const treeKey = ref(0);
  const rootCount = ref<number | null>(null);
  const treeLoading = ref(false);
  const filter = ref('');
  watch(filter, (value) => tree.value?.filter(value));
  watch(showDissolved, () => reloadTree());
  // The tree loads imperatively (not a watched query): when the agency picker resets the store, reload
  // it once the reset has cancelled what was in flight, not before (that load would be cancelled too).
  const offReset = resolveClient().onResetStore(async () => {
    selectedId.value = null;
    reloadTree();
  });
  onBeforeUnmount(offReset);

  const toTreeUnit = (u: { id: string; name: string; kind: OrgUnitKind; code: string; tenantId: string; childCount: number; dissolvedOn?: string | null; writable: boolean }): TreeUnit => ({
    id: u.id,
    name: u.name,
    kind: u.kind,
    code: u.code,
    tenantId: u.tenantId,
    dissolvedOn: u.dissolvedOn,
    writable: u.writable,
    // childCount counts current children only; with dissolved ones shown, let the node try.
    leaf: u.childCount === 0 && !showDissolved.value,
  });

  async function loadNode(node: Node, resolve: (data: TreeUnit[]) => void, reject: () => void): Promise<void> {
    const client = resolveClient();
    try {
      if (node.level === 0) {
        treeLoading.value = true;
        const { data } = await client.query({ query: OrgRootsDocument, fetchPolicy: 'network-only' });
        rootCount.value = data.orgRoots.length;
        resolve(data.orgRoots.map(toTreeUnit));
        // Open the first root so the page never starts as one collapsed line.
        if (data.orgRoots.length === 1) {
          const only = data.orgRoots[0].id;
          setTimeout(() => {
            tree.value?.getNode(only)?.expand();
            if (!selectedId.value) selectById(only);
          }, 0);
        }
      } else {
        const { data } = await client.query({
          query: OrgUnitChildrenDocument,
          variables: { id: (node.data as TreeUnit).id, includeDissolved: showDissolved.value },
          fetchPolicy: 'network-only',
        });
        resolve(data.orgUnit.children.map(toTreeUnit));
      }
    } catch (e) {
      notifyError(e);
      reject();
    } finally {
      treeLoading.value = false;
    }
  }

  function reloadTree(): void {
    treeKey.value += 1;
  }

  /** Reloads one node's children (after a create, move or dissolve under it). */
  function reloadChildren(id: string | null | undefined): void {
    if (!id) return reloadTree();
    const node = tree.value?.getNode(id) as UnitNode | undefined;
    if (!node) return reloadTree();
    node.loaded = false;
    node.isLeaf = false;
    node.data.leaf = false;
    node.expand();
  }

  const filterNode = (value: string, data: TreeUnit) => !value || data.name.includes(value) || data.code.toLowerCase().includes(value.toLowerCase());

  // ---- selection and detail
  const detail = useQuery(OrgUnitDocument, () => ({ id: selectedId.value ?? '' }), () => ({ enabled: !!selectedId.value, fetchPolicy: 'cache-and-network' }));
  detail.onError(notifyError);
  const unit = computed(() => (selectedId.value && detail.result.value?.orgUnit.id === selectedId.value ? detail.result.value.orgUnit : null));
  const unitLoading = computed(() => detail.loading.value && !unit.value);
  const unitWritable = computed(() => canWrite(unit.value));
  const select = (data: TreeUnit) => (selectedId.value = data.id);
  const selectById = (id: string) => {
    selectedId.value = id;
    tree.value?.setCurrentKey(id);
  };

  // ---- after a dialog saved
  function onCreated({ id, parentId }: { id: string | undefined; parentId: string | null }): void {
    reloadChildren(parentId);
    if (id) selectedId.value = id;
  }

  async function onUpdated({ id, name, code }: { id: string; name: string; code: string }): Promise<void> {
    const node = tree.value?.getNode(id) as UnitNode | undefined;
    if (node) Object.assign(node.data, { name, code });
    await detail.refetch();
  }

  function onMoved({ id, parentId, previousParentId }: { id: string; parentId: string; previousParentId: string | null }): void {
    reloadChildren(previousParentId);
    reloadChildren(parentId);
    if (selectedId.value === id) void detail.refetch();
  }

  // Dissolved or restored: its parent's children and its own detail change.
  async function onChanged(u: { parentId?: string | null }): Promise<void> {
    reloadChildren(u.parentId);
    await detail.refetch();
  }

  // ---- move by drag
  const { move } = useMoveOrgUnit();
  const allowDrag = (node: UnitNode) => canWrite(node.data) && node.level > 1 && !node.data.dissolvedOn;
  const allowDrop = (dragging: UnitNode, target: UnitNode, type: 'prev' | 'next' | 'inner') =>
    type === 'inner' && target.data.writable && target.data.tenantId === dragging.data.tenantId && !target.data.dissolvedOn && mayHold(target.data.kind, dragging.data.kind);

  // By node-drop the tree has already re-parented the node on screen, so remember where it came from.
  let dragFrom: string | undefined;
  const onDragStart = (dragging: UnitNode) => {
    dragFrom = (dragging.parent as UnitNode | null)?.data?.id;
  };

  async function onDrop(dragging: UnitNode, target: UnitNode): Promise<void> {
    const previousParent = dragFrom;
    if (await confirmAction(t('org.moveConfirm', { name: dragging.data.name, parent: target.data.name }), t('org.move'))) await move(dragging.data.id, target.data.id);
    // The tree already moved the node on screen: show the server's tree (after a cancel or a refusal, it goes back).
    onMoved({ id: dragging.data.id, parentId: target.data.id, previousParentId: previousParent ?? null });
  }

  const treeProps = { label: 'name', isLeaf: 'leaf' } as const;
  const showTenant = computed(() => session.isCommittee);

  return {
    writer,
    showTenant,
    showDissolved,
    treeKey,
    treeProps,
    rootCount,
    treeLoading,
    filter,
    filterNode,
    loadNode,
    select,
    selectById,
    selectedId,
    unit,
    unitLoading,
    unitWritable,
    onCreated,
    onUpdated,
    onMoved,
    onChanged,
    allowDrag,
    allowDrop,
    onDragStart,
    onDrop,
  };
}
