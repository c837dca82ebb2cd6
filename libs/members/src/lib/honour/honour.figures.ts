import { HonourCategory, type HonourLevel } from './honour.enums';
import type { HonourBreakdownRow, HonourFigures } from './honour-figures.type';
import type { HonourResultRow } from './honour.service';

export const FIGURES_DEFINITION = '统计期内受市级及以上(市级、省级、国家级)表彰的人数和组织数:评选公布的审核通过名单与上级机关授予的其他表彰合计,同一人或组织多次受表彰计一次';

/** The brief's three figures and the breakdown, from the result rows. */
export function figuresOf(rows: readonly HonourResultRow[], from: string, to: string): HonourFigures {
  const distinct = (category: HonourCategory, key: (r: HonourResultRow) => string | null) => new Set(rows.filter((r) => r.category === category).map(key)).size;
  const counts = new Map<string, HonourBreakdownRow>();
  for (const r of rows) {
    const year = Number(r.conferredOn.slice(0, 4));
    const key = `${year}|${r.level}|${r.category}`;
    const row = counts.get(key) ?? { year, level: r.level as HonourLevel, category: r.category, count: 0 };
    row.count += 1;
    counts.set(key, row);
  }
  return {
    from,
    to,
    definition: FIGURES_DEFINITION,
    members: distinct(HonourCategory.MEMBER, (r) => r.memberId),
    partyWorkers: distinct(HonourCategory.PARTY_WORKER, (r) => r.memberId),
    organisations: distinct(HonourCategory.ORGANISATION, (r) => r.unitId),
    breakdown: [...counts.values()].sort((a, b) => a.year - b.year || a.level.localeCompare(b.level) || a.category.localeCompare(b.category)),
  };
}
