/** One button of a list row (详情, 编辑, 停用 …): a link in the desktop table, a full-width button on a phone card. */
export interface RowAction {
  label: string;
  run: () => void;
  /** The button's data-test, the same in the table and on the card. */
  test?: string;
  type?: 'primary' | 'success' | 'danger';
  /** Leaves the button out for this row (false), so a page lists its actions in one place. */
  show?: boolean;
}
