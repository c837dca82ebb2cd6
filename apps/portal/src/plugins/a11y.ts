import type { Plugin } from 'vue';

// element-plus 2.14 leaves two things unsaid to assistive technology, and has no prop for either:
// - a form item's error is a role="alert" line with no id: its control is not marked invalid and is
//   not described by it;
// - a table's scroll area (sideways on a phone, downwards with max-height) cannot take the focus, so
//   a keyboard cannot scroll it.
// One observer of the document mends both wherever they appear (dialogs are teleported to <body>),
// so no page or form has to remember.

const CONTROLS = 'input:not([type=hidden]):not([type=radio]):not([type=checkbox]), textarea, [role=radiogroup], .el-checkbox-group';
// The error id a control was tied to, so the tie comes off when the error goes.
const TIED = 'data-zr-error';
let lastId = 0;
const newId = (prefix: string) => `zr-${prefix}-${(lastId += 1)}`;

function setToken(el: Element, attr: string, token: string, on: boolean): void {
  const tokens = (el.getAttribute(attr) ?? '').split(' ').filter((t) => t && t !== token);
  if (on) tokens.push(token);
  if (tokens.length) el.setAttribute(attr, tokens.join(' '));
  else el.removeAttribute(attr);
}

function untie(control: Element): void {
  const id = control.getAttribute(TIED);
  if (id) setToken(control, 'aria-describedby', id, false);
  control.removeAttribute(TIED);
  control.removeAttribute('aria-invalid');
}

function tieErrors(): void {
  for (const error of document.querySelectorAll<HTMLElement>('.el-form-item__error')) {
    if (!error.id) error.id = newId('error');
    const item = error.closest('.el-form-item');
    if (!item) continue;
    for (const control of item.querySelectorAll(CONTROLS)) {
      // A nested form item has its own error.
      if (control.closest('.el-form-item') !== item || control.getAttribute(TIED) === error.id) continue;
      untie(control);
      control.setAttribute(TIED, error.id);
      control.setAttribute('aria-invalid', 'true');
      setToken(control, 'aria-describedby', error.id, true);
    }
  }
  for (const control of document.querySelectorAll(`[${TIED}]`)) {
    if (!document.getElementById(control.getAttribute(TIED) ?? '')) untie(control);
  }
}

// Focusable, and named after the heading of the card or dialog it sits in (aria-labelledby, so the
// name follows a language switch).
function focusableTables(): void {
  for (const wrap of document.querySelectorAll<HTMLElement>('.el-table__body-wrapper .el-scrollbar__wrap:not([tabindex])')) {
    wrap.tabIndex = 0;
    const heading = wrap.closest('.zr-card, [role=dialog]')?.querySelector('h2, h3, h4, [role=heading]');
    if (!heading) continue;
    if (!heading.id) heading.id = newId('heading');
    wrap.setAttribute('role', 'region');
    wrap.setAttribute('aria-labelledby', heading.id);
  }
}

export const a11y: Plugin = {
  install() {
    if (typeof MutationObserver === 'undefined') return;
    // Only insertions and removals: the attributes set here do not wake it again.
    new MutationObserver(() => {
      tieErrors();
      focusableTables();
    }).observe(document.body, { childList: true, subtree: true });
  },
};
