import { computed, onBeforeUnmount, reactive, ref, useTemplateRef, watch } from 'vue';
import { useI18n } from 'vue-i18n';
import { useApolloClient, useMutation, useQuery } from '@vue/apollo-composable';
import { ElMessageBox, type FormInstance, type FormRules } from 'element-plus';
import type Node from 'element-plus/es/components/tree/src/model/node';
import type { TreeInstance } from 'element-plus';
import 'element-plus/theme-chalk/el-message-box.css';
import {
  CreateOrgUnitDocument,
  DissolveOrgUnitDocument,
  MoveOrgUnitDocument,
  OrgRootsDocument,
  OrgUnitChildrenDocument,
  OrgUnitDocument,
  RestoreOrgUnitDocument,
  UpdateOrgUnitDocument,
  type OrgUnitKind,
} from '@/gql/graphql';
import { issuesByField } from '@/api/errors';
import { notifyError, notifySuccess } from '@/api/notify';
import { useSessionStore } from '@/stores/session';
import { useTenants } from '@/composables/use-tenants';
import { CHILD_KINDS, ROOT_KINDS, UNIT_CODE } from '../shared/org-rules';
import { useUnitOptions } from '../shared/use-unit-options';

export interface TreeUnit {
  id: string;
  name: string;
  kind: OrgUnitKind;
  code: string;
  tenantId: string;
  dissolvedOn?: string | null;
  leaf: boolean;
}

type UnitNode = Node & { data: TreeUnit };

export function useOrgUnits() {
  const { t } = useI18n();
  const session = useSessionStore();
  const { resolveClient } = useApolloClient();
  const { nameOf: tenantName } = useTenants();
  const tree = useTemplateRef<TreeInstance>('unitTree');

  const writer = computed(() => session.hasRole('TENANT_ADMIN', 'COMMITTEE_ADMIN'));
  // Writes are stamped with the caller's own tenant: another agency's units are read-only.
  const canWrite = (tenantId: string | undefined) => writer.value && tenantId === session.user?.tenant.id;

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

  const toTreeUnit = (u: { id: string; name: string; kind: OrgUnitKind; code: string; tenantId: string; childCount: number; dissolvedOn?: string | null }): TreeUnit => ({
    id: u.id,
    name: u.name,
    kind: u.kind,
    code: u.code,
    tenantId: u.tenantId,
    dissolvedOn: u.dissolvedOn,
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
  const unitWritable = computed(() => !!unit.value && canWrite(unit.value.tenantId));
  const select = (data: TreeUnit) => (selectedId.value = data.id);
  const selectById = (id: string) => {
    selectedId.value = id;
    tree.value?.setCurrentKey(id);
  };

  // ---- create / edit
  const formRef = useTemplateRef<FormInstance>('unitForm');
  const dialog = reactive({ open: false, mode: 'create' as 'create' | 'edit', parentId: null as string | null, parentName: '', parentKind: null as OrgUnitKind | null });
  const form = reactive({ kind: '' as OrgUnitKind | '', name: '', code: '', establishedOn: '', sortOrder: undefined as number | undefined, taskForce: '', startsOn: '', endsOn: '' });
  const fieldErrors = ref<Record<string, string>>({});
  const kindOptions = computed(() => {
    if (dialog.mode === 'edit') return form.kind ? [form.kind] : [];
    return dialog.parentKind ? CHILD_KINDS[dialog.parentKind] : ROOT_KINDS;
  });
  const isActionBranch = computed(() => form.kind === 'ACTION_BRANCH');
  const rules = computed<FormRules>(() => ({
    kind: [{ required: true, message: t('org.kindRequired'), trigger: 'change' }],
    name: [{ required: true, whitespace: true, min: 2, max: 100, message: t('org.nameRule'), trigger: 'blur' }],
    code: [{ required: true, pattern: UNIT_CODE, message: t('org.codeRule'), trigger: 'blur' }],
    taskForce: isActionBranch.value
      ? [{ required: true, whitespace: true, max: 100, message: t('org.taskForceRequired'), trigger: 'blur' }]
      : [{ max: 100, message: t('org.taskForceMax'), trigger: 'blur' }],
    startsOn: isActionBranch.value ? [{ required: true, message: t('org.startsOnRequired'), trigger: 'change' }] : [],
  }));

  function resetForm(): void {
    Object.assign(form, { kind: '', name: '', code: '', establishedOn: '', sortOrder: undefined, taskForce: '', startsOn: '', endsOn: '' });
    fieldErrors.value = {};
    formRef.value?.clearValidate();
  }

  function openCreate(parent: { id: string; name: string; kind: OrgUnitKind } | null): void {
    resetForm();
    Object.assign(dialog, { open: true, mode: 'create', parentId: parent?.id ?? null, parentName: parent?.name ?? '', parentKind: parent?.kind ?? null });
    const options = parent ? CHILD_KINDS[parent.kind] : ROOT_KINDS;
    if (options.length === 1) form.kind = options[0];
  }

  function openEdit(): void {
    const u = unit.value;
    if (!u) return;
    resetForm();
    Object.assign(form, {
      kind: u.kind,
      name: u.name,
      code: u.code,
      establishedOn: u.establishedOn ?? '',
      sortOrder: u.sortOrder,
      taskForce: u.taskForce ?? '',
      startsOn: u.startsOn ?? '',
      endsOn: u.endsOn ?? '',
    });
    Object.assign(dialog, { open: true, mode: 'edit', parentId: u.parentId ?? null, parentName: u.ancestors.at(-1)?.name ?? '', parentKind: null });
  }

  const createMutation = useMutation(CreateOrgUnitDocument);
  const updateMutation = useMutation(UpdateOrgUnitDocument);
  const saving = computed(() => createMutation.loading.value || updateMutation.loading.value);
  const blankToNull = (s: string) => (s.trim() ? s.trim() : null);

  async function save(): Promise<void> {
    fieldErrors.value = {};
    const valid = await formRef.value?.validate().catch(() => false);
    if (!valid || !form.kind) return;
    const action = isActionBranch.value;
    try {
      if (dialog.mode === 'create') {
        const result = await createMutation.mutate({
          input: {
            parentId: dialog.parentId,
            kind: form.kind,
            name: form.name.trim(),
            code: form.code.trim(),
            sortOrder: form.sortOrder ?? null,
            establishedOn: blankToNull(form.establishedOn),
            taskForce: action ? blankToNull(form.taskForce) : null,
            startsOn: action ? blankToNull(form.startsOn) : null,
            endsOn: action ? blankToNull(form.endsOn) : null,
          },
        });
        notifySuccess(t('common.created'));
        dialog.open = false;
        reloadChildren(dialog.parentId);
        const id = result?.data?.createOrgUnit.id;
        if (id) selectedId.value = id;
      } else if (unit.value) {
        await updateMutation.mutate({
          id: unit.value.id,
          input: {
            name: form.name.trim(),
            code: form.code.trim(),
            sortOrder: form.sortOrder ?? null,
            establishedOn: blankToNull(form.establishedOn),
            ...(action ? { taskForce: blankToNull(form.taskForce), startsOn: blankToNull(form.startsOn), endsOn: blankToNull(form.endsOn) } : {}),
          },
        });
        notifySuccess(t('common.saved'));
        dialog.open = false;
        const node = tree.value?.getNode(unit.value.id) as UnitNode | undefined;
        if (node) Object.assign(node.data, { name: form.name.trim(), code: form.code.trim() });
        await detail.refetch();
      }
    } catch (e) {
      fieldErrors.value = issuesByField(notifyError(e).issues);
    }
  }

  // ---- move (dialog or drag)
  const moveDialog = reactive({ open: false, parentId: '' });
  const moveOptions = useUnitOptions(
    () => moveDialog.open,
    // Only where its kind may sit; its own subtree is cut off below, other agencies are left out.
    (u) => {
      const moving = unit.value;
      return !moving || u.id === moving.id || !CHILD_KINDS[u.kind].includes(moving.kind);
    },
    (u) => u.tenantId === unit.value?.tenantId,
  );
  const moveOptionsFiltered = computed(() => {
    const moving = unit.value?.id;
    const strip = (options: typeof moveOptions.options.value): typeof options =>
      options.filter((o) => o.value !== moving).map((o) => ({ ...o, children: o.children ? strip(o.children) : undefined }));
    return strip(moveOptions.options.value);
  });
  const moveMutation = useMutation(MoveOrgUnitDocument);

  function openMove(): void {
    moveDialog.parentId = '';
    moveDialog.open = true;
  }

  async function move(id: string, parentId: string, previousParentId: string | null | undefined): Promise<boolean> {
    try {
      await moveMutation.mutate({ id, parentId });
      notifySuccess(t('org.moved'));
      return true;
    } catch (e) {
      notifyError(e);
      return false;
    } finally {
      reloadChildren(previousParentId);
      reloadChildren(parentId);
      if (selectedId.value === id) void detail.refetch();
    }
  }

  async function confirmMoveDialog(): Promise<void> {
    const u = unit.value;
    if (!u) return;
    if (!moveDialog.parentId) {
      notifyError(new Error(t('org.parentRequired')));
      return;
    }
    if (await move(u.id, moveDialog.parentId, u.parentId)) moveDialog.open = false;
  }

  const allowDrag = (node: UnitNode) => canWrite(node.data.tenantId) && node.level > 1 && !node.data.dissolvedOn;
  const allowDrop = (dragging: UnitNode, target: UnitNode, type: 'prev' | 'next' | 'inner') =>
    type === 'inner' && target.data.tenantId === dragging.data.tenantId && !target.data.dissolvedOn && CHILD_KINDS[target.data.kind].includes(dragging.data.kind);

  // By node-drop the tree has already re-parented the node on screen, so remember where it came from.
  let dragFrom: string | undefined;
  const onDragStart = (dragging: UnitNode) => {
    dragFrom = (dragging.parent as UnitNode | null)?.data?.id;
  };

  async function onDrop(dragging: UnitNode, target: UnitNode): Promise<void> {
    const previousParent = dragFrom;
    const ok = await ElMessageBox.confirm(t('org.moveConfirm', { name: dragging.data.name, parent: target.data.name }), t('org.move'), {
      type: 'warning',
      confirmButtonText: t('common.confirm'),
      cancelButtonText: t('common.cancel'),
    }).catch(() => false);
    if (!ok) {
      // The tree already moved the node on screen: put it back by reloading both parents.
      reloadChildren(previousParent);
      reloadChildren(target.data.id);
      return;
    }
    await move(dragging.data.id, target.data.id, previousParent);
  }

  // ---- dissolve / restore
  const dissolveMutation = useMutation(DissolveOrgUnitDocument);
  const restoreMutation = useMutation(RestoreOrgUnitDocument);

  async function dissolve(): Promise<void> {
    const u = unit.value;
    if (!u) return;
    const ok = await ElMessageBox.confirm(t('org.dissolveConfirm', { name: u.name }), t('org.dissolve'), {
      type: 'warning',
      confirmButtonText: t('org.dissolve'),
      cancelButtonText: t('common.cancel'),
      confirmButtonClass: 'el-button--danger',
    }).catch(() => false);
    if (!ok) return;
    try {
      await dissolveMutation.mutate({ id: u.id });
      notifySuccess(t('org.dissolvedOk'));
      reloadChildren(u.parentId);
      await detail.refetch();
    } catch (e) {
      notifyError(e);
    }
  }

  async function restore(): Promise<void> {
    const u = unit.value;
    if (!u) return;
    try {
      await restoreMutation.mutate({ id: u.id });
      notifySuccess(t('org.restored'));
      reloadChildren(u.parentId);
      await detail.refetch();
    } catch (e) {
      notifyError(e);
    }
  }

  const treeProps = { label: 'name', isLeaf: 'leaf' } as const;
  const showTenant = computed(() => session.isCommittee);

  return {
    writer,
    canWrite,
    showTenant,
    tenantName,
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
    dialog,
    form,
    rules,
    fieldErrors,
    kindOptions,
    isActionBranch,
    saving,
    openCreate,
    openEdit,
    save,
    moveDialog,
    moveOptions: moveOptionsFiltered,
    moveOptionsLoading: moveOptions.loading,
    moving: moveMutation.loading,
    openMove,
    confirmMoveDialog,
    allowDrag,
    allowDrop,
    onDragStart,
    onDrop,
    dissolve,
    restore,
  };
}
