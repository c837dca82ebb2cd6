/** One row as the database returns it (snake_case columns). */
export type Row = Record<string, unknown> & { id: string };

/** A tenant-owned table and the columns that place its rows in an org unit (the entity's data-scope policy). */
export interface OwnedTable {
  table: string;
  unitColumns: readonly string[];
  /** Readable by everyone in the agency (the org structure), though written only within the data scope. */
  readAll: boolean;
}

/**
 * The seeded rows, read once, and which of them each caller reaches: a tenant, and inside an agency
 * the units of its branch secretary's subtree (DESIGN.md seam 4). Own rows and probes are picked from it.
 */
export class SweepWorld {
  constructor(
    readonly owned: readonly OwnedTable[],
    private readonly rows: ReadonlyMap<string, readonly Row[]>,
    private readonly tenants: readonly Row[],
    /** Per tenant, the units its demo branch secretary's data scope reaches. */
    readonly subtrees: ReadonlyMap<string, ReadonlySet<string>>,
    /** Per tenant and table, the row own() returns when one is set aside for the sweep (`<tenant>:<table>`). */
    private readonly preferred: ReadonlyMap<string, string>,
  ) {}

  tableOf(name: string): OwnedTable | undefined {
    return this.owned.find((t) => t.table === name);
  }

  rowsOf(table: string, tenantId: string): readonly Row[] {
    return (this.rows.get(table) ?? []).filter((r) => r['tenant_id'] === tenantId);
  }

  /** Whether a row lies inside the subtree (rows that name no unit are agency-wide). */
  inSubtree(table: string, row: Row, subtree: ReadonlySet<string>): boolean {
    const columns = this.tableOf(table)?.unitColumns ?? [];
    return columns.length === 0 || columns.some((c) => subtree.has(String(row[c])));
  }

  /**
   * The row own(table) hands a caller whose home is this tenant: inside its secretary's subtree (so
   * every role of the agency reaches it), live, and nearest the subtree's top.
   */
  home(tenantId: string, table: string): Row | undefined {
    if (table === 'tenant') return this.tenants.find((t) => t.id === tenantId);
    const preferred = this.preferred.get(`${tenantId}:${table}`);
    const rows = this.rowsOf(table, tenantId);
    if (preferred) return rows.find((r) => r.id === preferred);
    const subtree = this.subtrees.get(tenantId);
    return ordered(rows.filter((r) => !subtree || this.inSubtree(table, r, subtree)))[0];
  }

  /** The first and the last live row of the tenant outside its secretary's subtree: ids that scope must not reach. */
  outside(tenantId: string, table: string): Row[] {
    const subtree = this.subtrees.get(tenantId);
    if (!subtree || !this.tableOf(table)?.unitColumns.length) return [];
    const rows = ordered(this.rowsOf(table, tenantId).filter((r) => !this.inSubtree(table, r, subtree)));
    return [...new Set([rows[0], rows[rows.length - 1]])].filter((r): r is Row => !!r);
  }
}

/** Live rows first (not dissolved, ended or inactive: what a write could target), then nearest the top, then by id. */
function ordered(rows: readonly Row[]): Row[] {
  const dead = (r: Row) => Number(!!r['dissolved_on'] || !!r['ends_on'] || (r['status'] !== undefined && r['status'] !== 'ACTIVE'));
  const depth = (r: Row) => Number(r['depth'] ?? 0);
  return [...rows].sort((x, y) => dead(x) - dead(y) || depth(x) - depth(y) || x.id.localeCompare(y.id));
}
