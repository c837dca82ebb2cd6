// The responsibility lib's completion board (尽责 figures) as the portal would ask for it: every
// agency for the committee, and one agency by duty. Both read the summary rows the records keep.

const FIELDS = 'key label tenantId due done onTime late overdue returned accepted rate onTimeRate';

/** The committee's board: one row per agency. */
export const BOARD_BY_AGENCY_QUERY = `query CompletionByAgency { dutyCompletion(grouping: AGENCY) { ${FIELDS} } }`;

/** One agency's board by duty, as the committee opens it from the agency's row. */
export const BOARD_BY_DUTY_QUERY = `query CompletionByDuty($tenantId: ID!) { dutyCompletion(grouping: DUTY, tenantId: $tenantId) { ${FIELDS} } }`;

export interface BoardRow {
  key: string;
  due: number;
  done: number;
}

/** A board with nothing owed measures nothing: the run stops rather than time an empty answer. */
export function assertBoard(rows: readonly BoardRow[], what: string): void {
  if (rows.length === 0 || rows.every((r) => r.due === 0)) throw new Error(`the completion board ${what} is empty: was the responsibility seed run?`);
}
