// The work lib's committee pages as the portal asks for them: the year's receipt figures by agency
// (on-time rates) and the breakthrough projects by problem category. Both are grouped statements
// over the rows in reach, measured like the completion board.

/** The committee's receipt figures: one row per agency for the current year. */
export const RECEIPTS_BY_AGENCY_QUERY = `query ReceiptsByAgency { taskReceiptFigures(grouping: AGENCY) { key label tenantId total signed reported approved returned due onTime late overdue onTimeRate } }`;

/** The committee's project figures by the brief's five problems, with the implemented total. */
export const PROJECTS_BY_CATEGORY_QUERY = `query ProjectsByCategory { projectFigures(grouping: CATEGORY) { key label total implemented closed } implementedProjectCount }`;

export interface WorkBoardRow {
  total: number;
}

/** Figures with nothing in them measure nothing: the run stops rather than time an empty answer. */
export function assertWorkBoard(rows: readonly WorkBoardRow[], what: string): void {
  if (rows.length === 0 || rows.every((r) => r.total === 0)) throw new Error(`the ${what} is empty: was the work seed run?`);
}
