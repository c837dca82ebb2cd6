/** The ids the isolation sweep hands a fixture: the foreign id under test, and the caller's own rows. */
export interface SweepIds {
  /** The id being probed (another tenant's row), for the argument under test. */
  probeId: string;
  /** An id of one of the caller's own rows in `table` (e.g. 'org_unit'), for the other arguments. */
  own(table: string): string;
}

/**
 * Valid argument values per mutation, so that a mutation given a foreign id fails on that id
 * (NOT_FOUND/FORBIDDEN) rather than on input validation before the tenant check. `args` returns the
 * whole argument object; the sweep replaces one id in it at a time with the probe.
 */
export interface SweepFixtures {
  mutations?: Record<string, (ids: SweepIds) => Record<string, unknown>>;
  /** Values for custom scalars the module defines (e.g. LocalDate). */
  scalars?: Record<string, unknown>;
}
