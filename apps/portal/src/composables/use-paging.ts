import { computed, reactive, ref, watch, type Ref } from 'vue';

/** Page number and size for a paged list; going back to page 1 whenever the filters change. */
export function usePaging(filters: Ref<unknown>, initialSize = 20) {
  const page = ref(1);
  const pageSize = ref(initialSize);
  const offset = computed(() => (page.value - 1) * pageSize.value);
  watch(filters, () => (page.value = 1), { deep: true });
  watch(pageSize, () => (page.value = 1));
  return { page, pageSize, offset };
}

/** Filters edited in a form (`draft`), applied on submit (`applied`), with paging that follows them. */
export function usePagedFilters<T extends object>(blank: () => T, initialSize = 20) {
  const draft = reactive(blank()) as T;
  const applied = ref(blank()) as Ref<T>;
  const apply = () => (applied.value = { ...draft });
  const resetFilters = () => {
    Object.assign(draft, blank());
    apply();
  };
  return { draft, applied, apply, resetFilters, ...usePaging(applied, initialSize) };
}
