import type { Page } from 'playwright-core';
import { eventually } from './harness';

// axe-core (WCAG 2.1 A and AA), shared by a11y.e2e.ts (every route, dialog and role) and the cases that
// audit a page in a state only they set up (duties.e2e.ts: the duty pages with records in them).
const AXE = require.resolve('axe-core/axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const FAILING = new Set(['critical', 'serious']);

export interface Finding {
  where: string;
  rule: string;
  impact: string;
  targets: string[];
  html: string;
  why: string;
}

/** Waits until the page has its data and nothing moves: axe measures colours, a fading dialog has none yet. */
export async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle').catch(() => undefined);
  await eventually(
    () =>
      page.evaluate(() => {
        const busy = document.querySelector('.el-loading-mask:not([style*="display: none"]), [data-test=list-loading], .el-skeleton.is-animated');
        const moving = document.getAnimations().filter((a) => a.playState === 'running' && a.effect?.getTiming().iterations !== Infinity);
        return !busy && moving.length === 0;
      }),
    `${page.url()} does not settle`,
  );
}

// With a dialog open, axe reads the dialog's layer only: the page under the dimmed overlay is out of
// reach for the user (and of course reads dark), and it had its own turn before the dialog opened.
export async function audit(page: Page, where: string, findings: Finding[], layerOnly = false): Promise<void> {
  await settle(page);
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(
    async ({ values, layerOnly }) => {
      type Result = { violations: { id: string; impact: string; nodes: { target: unknown[]; html: string; failureSummary?: string }[] }[] };
      const axe = (window as unknown as { axe: { run(ctx: unknown, opts: object): Promise<Result> } }).axe;
      const layers = [...document.querySelectorAll('.el-overlay')].filter((el) => getComputedStyle(el).display !== 'none');
      const result = await axe.run(layerOnly ? { include: layers } : document, { runOnly: { type: 'tag', values } });
      return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => ({ target: n.target.join(' '), html: n.html, why: n.failureSummary ?? '' })) }));
    },
    { values: TAGS, layerOnly },
  );
  for (const v of violations) {
    if (!FAILING.has(v.impact) || !v.nodes.length) continue;
    findings.push({
      where,
      rule: v.id,
      impact: v.impact,
      targets: v.nodes.map((n) => n.target),
      html: v.nodes[0].html.replace(/\s+/g, ' ').slice(0, 160),
      why: v.nodes[0].why.replace(/\s+/g, ' '),
    });
  }
}

export function summary(findings: Finding[]): string {
  return findings.map((f) => `[${f.rule} ${f.impact}] ${f.where}: ${f.targets.slice(0, 3).join(', ')}${f.targets.length > 3 ? ` (+${f.targets.length - 3})` : ''} «${f.html}» ${f.why}`).join(' | ');
}
