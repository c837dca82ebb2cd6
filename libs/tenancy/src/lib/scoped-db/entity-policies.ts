/**
 * What the scoped layer needs to know about an entity beyond "it has a tenant": declared once beside
 * the entity (`dataScoped(PartyMember, …)`), read by ScopedRepository and GlobalTable.
 */

/** How a data scope (DataScope) applies to an entity inside its agency. */
export interface DataScopePolicy {
  /** Columns holding an org unit id; a unit-scoped reader reaches a row when any of them is in their subtree. */
  unit: readonly string[];
  /** For a member's own-records scope: the column holding the user id, or what the member reaches without one. */
  own: { column: string } | 'all' | 'none';
  /** Readable by everyone in the agency (the org structure), while writes stay within the data scope. */
  readAll: boolean;
  /** For a tree whose unit column is its own id: the column a new row must name inside the scope (its parent). */
  insertUnit: string | null;
}

/** Who moves a dispatched row from one state to another. */
export type Side = 'committee' | 'agency';

export interface Transition {
  from: string;
  to: string;
  by: Side;
}

/** A committee → agency work item (DESIGN.md seam 3): which side writes which fields and states. */
export interface DispatchPolicy {
  /**
   * Who creates the rows: the committee (a pushed task's receipts, by fanOut; the default) or the
   * agency (an application the committee then reviews, such as a breakthrough project). The other
   * side never inserts nor deletes them.
   */
  createdBy?: Side;
  committeeFields: readonly string[];
  agencyFields: readonly string[];
  state?: { field: string; initial: string; transitions: readonly Transition[] };
}

/** Who may write a global table: the committee (or the system), or any scope into its own tenant's rows. */
export interface GlobalPolicy {
  writers: 'committee' | { tenantColumn: string };
}

const dataPolicies = new Map<Function, DataScopePolicy>();
const dispatchPolicies = new Map<Function, DispatchPolicy>();
const globalPolicies = new Map<Function, GlobalPolicy>();

export function dataScoped(
  entity: Function,
  policy: { unit: string | readonly string[]; own: DataScopePolicy['own']; readAll?: boolean; insertUnit?: string },
): void {
  const unit = typeof policy.unit === 'string' ? [policy.unit] : [...policy.unit];
  dataPolicies.set(entity, { unit, own: policy.own, readAll: policy.readAll ?? false, insertUnit: policy.insertUnit ?? null });
}

export function dispatchable(entity: Function, policy: DispatchPolicy): void {
  const overlap = policy.committeeFields.filter((f) => policy.agencyFields.includes(f));
  if (overlap.length) throw new Error(`${entity.name}: ${overlap.join(', ')} cannot belong to both sides`);
  dispatchPolicies.set(entity, policy);
}

export function globalTable(entity: Function, policy: GlobalPolicy): void {
  globalPolicies.set(entity, policy);
}

export const dataPolicyOf = (entity: Function): DataScopePolicy | undefined => dataPolicies.get(entity);
export const dispatchPolicyOf = (entity: Function): DispatchPolicy | undefined => dispatchPolicies.get(entity);
export const globalPolicyOf = (entity: Function): GlobalPolicy | undefined => globalPolicies.get(entity);
