/** What the isolation sweep (tools/isolation-sweep) hands a module's fixture when it builds a mutation's arguments. */
export interface SweepIds {
  /**
   * A value of one of the caller's own rows in `table` ('org_unit', 'user', 'tenant'), inside the caller's
   * data scope: its id, or another column of the same row (`own('org_unit', 'code')`). The sweep learns
   * from these which table each id argument points at, and probes it with that table's foreign rows.
   */
  own(table: string, column?: string): string;
  /** Different on every call, for values that must be unique (codes, login names): `SW0001`. */
  unique: string;
  /** The kind of the caller's own tenant ('AGENCY' or 'COMMITTEE'), for inputs that must fit it (roles). */
  callerTenantKind: string;
}

export type SweepArgs = Record<string, unknown>;

/**
 * A module's valid inputs for the isolation sweep, so that a mutation given a foreign id fails on that
 * id (NOT_FOUND/FORBIDDEN) and not on input validation before its tenant check. Required arguments a
 * fixture leaves out get the sweep's generic values (scalars, enums); ids always come from `own()`.
 */
export interface SweepFixtures {
  /** Valid arguments per mutation; the sweep swaps one id at a time for a foreign one. */
  mutations?: Record<string, (ids: SweepIds) => SweepArgs | Promise<SweepArgs>>;
  /** Valid values for the custom scalars the module defines. */
  scalars?: Record<string, unknown>;
  /**
   * Mutations the committee admin may run on an agency's rows, and how: 'acting-for' (audited as such;
   * the sweep checks it reaches no third agency), 'register' (the tenant register, the committee's own)
   * or 'dispatch' (the committee's side of a dispatched work item, such as its review: the module's
   * API spec tests each transition; the sweep probes it with foreign ids from every other caller).
   */
  committeeReach?: Record<string, 'acting-for' | 'register' | 'dispatch'>;
  /** Mutations the sweep does not run, each with the reason (login: no session, no id). */
  unswept?: Record<string, string>;
}
