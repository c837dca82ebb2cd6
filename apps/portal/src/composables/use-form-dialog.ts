import { reactive, ref, useTemplateRef } from 'vue';
import type { FormInstance } from 'element-plus';
import { issuesByField } from '@/api/errors';
import { notifyError, notifySuccess } from '@/api/notify';

/**
 * A dialog's form: opened with fresh values, checked by its rules, and showing the API's per-field
 * issues when a save is refused. `formRef` is the name of the el-form's template ref.
 */
export function useFormDialog<T extends object>(blank: () => T, formRef: string) {
  const visible = ref(false);
  const form = reactive(blank()) as T;
  const fieldErrors = ref<Record<string, string>>({});
  const formEl = useTemplateRef<FormInstance>(formRef);

  function show(values: Partial<T> = {}): void {
    Object.assign(form, blank(), values);
    fieldErrors.value = {};
    visible.value = true;
    formEl.value?.clearValidate();
  }

  /** Clears the last refusal's messages, then runs the rules (of the named fields only, if given). */
  async function check(fields?: string[]): Promise<boolean> {
    fieldErrors.value = {};
    const el = formEl.value;
    if (!el) return false;
    return (fields ? el.validateField(fields) : el.validate()).catch(() => false);
  }

  /** Checks the form and saves; on success says `done` and closes, on a refusal stays open with the API's messages. */
  async function submit(save: () => Promise<unknown>, done: string, fields?: string[]): Promise<boolean> {
    if (!(await check(fields))) return false;
    try {
      await save();
    } catch (e) {
      // The message, and each issue beside its field.
      fieldErrors.value = issuesByField(notifyError(e).issues);
      return false;
    }
    notifySuccess(done);
    visible.value = false;
    return true;
  }

  return { visible, form, fieldErrors, show, check, submit };
}
