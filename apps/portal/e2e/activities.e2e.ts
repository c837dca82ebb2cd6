import type { Page } from 'playwright-core';
import { expect, eventually, test } from './harness';
import { choose, saved, today, year } from './steps';
import { Api, unique } from './support';

// 讲台活动 through the page: the demo's branch secretary plans a session in a branch with members not
// yet on the stage, holds it with one of them speaking and another present, and the year's coverage
// (the API's and the page's) counts the speaker, while the ledger holds the rules' automatic points
// for both — as much as the rule gives, since neither has earned under it this month.
interface Coverage {
  members: number;
  speakers: number;
  branches: { unitId: string; members: number; speakers: number; unit: { name: string }; notYet: { id: string; name: string }[] }[];
}
interface Entry {
  id: string;
  ruleId: string;
  points: number;
  occurredOn: string;
  status: string;
}

const COVERAGE = 'query($y: Int!) { stageCoverage(year: $y) { members speakers branches { unitId members speakers unit { name } notYet { id name } } } }';
const tenths = (n: number) => Math.round(n * 10) / 10;
const ENTRIES = 'query($m: ID!) { pointsEntries(memberId: $m, limit: 200) { items { id ruleId points occurredOn status } } }';

async function notYetNames(page: Page, unitId: string): Promise<string[]> {
  const row = page.locator('[data-test=coverage-table] .el-table__body-wrapper tr', { has: page.locator(`[data-unit="${unitId}"]`) });
  const text = (await row.locator('[data-test=coverage-not-yet]').textContent().catch(() => '')) ?? '';
  return text.split('、').map((s) => s.trim()).filter(Boolean);
}

test('activities: the secretary holds a session and the coverage and the points change', async ({ page, baseUrl, login }) => {
  const api = new Api(baseUrl);
  const token = await api.token('czj_secretary');
  const coverage = async () => (await api.request<{ stageCoverage: Coverage }>(token, COVERAGE, { y: year() })).stageCoverage;
  const entries = async (memberId: string) => (await api.request<{ pointsEntries: { items: Entry[] } }>(token, ENTRIES, { m: memberId })).pointsEntries.items;
  const { pointsRules } = await api.request<{ pointsRules: { id: string; points: number; autoTrigger: string | null }[] }>(token, 'query($y: Int!) { pointsRules(year: $y) { id points autoTrigger } }', { y: year() });
  const attendRule = pointsRules.find((r) => r.autoTrigger === 'ACTIVITY_ATTEND');
  const speakRule = pointsRules.find((r) => r.autoTrigger === 'ACTIVITY_SPEAK');
  expect(attendRule && speakRule, `the year's rules have no automatic 讲台活动 rules: ${JSON.stringify(pointsRules)}`);
  const month = today().slice(0, 7);
  const quietThisMonth = async (memberId: string) => (await entries(memberId)).every((e) => !(e.occurredOn.startsWith(month) && (e.ruleId === attendRule.id || e.ruleId === speakRule.id)));

  // A branch with two members not yet on the stage who earned nothing under these rules this month.
  const before = await coverage();
  let branch: Coverage['branches'][number] | undefined;
  let speaker: { id: string; name: string } | undefined;
  let present: { id: string; name: string } | undefined;
  for (const b of before.branches) {
    const quiet = [];
    for (const m of b.notYet) if (await quietThisMonth(m.id)) quiet.push(m);
    if (quiet.length >= 2 && new Set(quiet.map((m) => m.name)).size === quiet.length) {
      [branch, speaker, present] = [b, quiet[0], quiet[1]];
      break;
    }
  }
  expect(branch && speaker && present, 'no branch of the secretary has two members off the stage and without 讲台活动 points this month');
  const pointsBefore = { speaker: (await entries(speaker.id)).map((e) => e.id), present: (await entries(present.id)).map((e) => e.id) };

  await login('czj_secretary');
  await page.goto(`${baseUrl}/members/activities`);
  await page.locator('[data-test=activity-plan]:not([disabled])').waitFor();

  // 计划: the branch, a topic, the place and the speaker; today's date is the form's own.
  const topic = unique('学习贯彻党章');
  await page.click('[data-test=activity-plan]');
  await choose(page, 'activity-branch', branch.unit.name);
  await page.fill('[data-test=activity-topic]', topic);
  await page.fill('[data-test=activity-place]', '支部活动室');
  await choose(page, 'activity-speakers', speaker.name, true);
  await page.locator('[data-test=activity-form]').click({ position: { x: 4, y: 4 } });
  await page.click('[data-test=activity-save]');
  await saved(page);
  const row = page.locator('[data-test=activity-table] .el-table__body-wrapper tr', { hasText: topic }).first();
  await row.waitFor();
  expect((await row.locator('[data-test=activity-status]').textContent())?.includes('已计划'), 'the new session is not listed as 已计划');

  // 记为已举行: the speaker is there already; the other member is ticked present.
  await row.locator('[data-test=activity-hold]').click();
  const form = page.locator('[data-test=attendance-form]');
  await form.locator(`[data-member="${present.id}"]`).waitFor();
  await form.locator(`[data-member="${present.id}"]`).click();
  await page.click('[data-test=attendance-save]');
  await saved(page);
  await eventually(async () => (await row.locator('[data-test=activity-status]').textContent())?.includes('已举行'), 'the session is not shown as 已举行');
  expect((await row.locator('[data-test=activity-attendance]').textContent())?.trim() === '2', `the attendance reads ${await row.locator('[data-test=activity-attendance]').textContent()}, not 2`);

  // The API: the session held with both, the coverage up by the speaker, the rules' automatic points.
  const { stageActivities } = await api.request<{ stageActivities: { items: { topic: string; status: string; attendeeIds: string[]; speakerIds: string[] }[] } }>(token, 'query($y: Int) { stageActivities(year: $y, limit: 50) { items { topic status attendeeIds speakerIds } } }', { y: year() });
  const held = stageActivities.items.find((a) => a.topic === topic);
  expect(held?.status === 'HELD' && held.speakerIds.join() === speaker.id && [speaker.id, present.id].every((id) => held.attendeeIds.includes(id)), `the API holds ${JSON.stringify(held)}`);
  const after = await coverage();
  const branchAfter = after.branches.find((b) => b.unitId === branch.unitId);
  expect(branchAfter, 'the branch left the coverage');
  expect(branchAfter.speakers === branch.speakers + 1 && after.speakers === before.speakers + 1, `the coverage went from ${branch.speakers}/${before.speakers} to ${branchAfter.speakers}/${after.speakers}`);
  expect(!branchAfter.notYet.some((m) => m.id === speaker.id) && branchAfter.notYet.some((m) => m.id === present.id), 'the speaker is still (or the listener no longer) among those not yet on the stage');
  const earned = async (memberId: string, known: string[]) => (await entries(memberId)).filter((e) => !known.includes(e.id) && e.status === 'APPROVED');
  const speakerNew = await earned(speaker.id, pointsBefore.speaker);
  const presentNew = await earned(present.id, pointsBefore.present);
  const sum = (es: Entry[]) => tenths(es.reduce((s, e) => s + e.points, 0));
  expect(sum(speakerNew) === tenths(attendRule.points + speakRule.points), `the speaker earned ${sum(speakerNew)}, not ${attendRule.points} + ${speakRule.points}`);
  expect(speakerNew.map((e) => e.ruleId).sort().join() === [attendRule.id, speakRule.id].sort().join(), 'the speaker’s new entries are not one under each rule');
  expect(sum(presentNew) === attendRule.points && presentNew.length === 1 && presentNew[0].ruleId === attendRule.id, `the listener earned ${sum(presentNew)}, not ${attendRule.points}`);

  // The page's coverage: the branch's figures from the API, the speaker gone from the names not yet on the stage.
  await page.click('[data-test=activity-tabs] #tab-coverage');
  const covRow = page.locator('[data-test=coverage-table] .el-table__body-wrapper tr', { has: page.locator(`[data-unit="${branch.unitId}"]`) });
  await covRow.waitFor();
  await eventually(async () => (await covRow.locator('[data-test=coverage-branch-speakers]').textContent())?.trim() === String(branchAfter.speakers), 'the page’s branch figure is not the API’s');
  expect((await covRow.locator('[data-test=coverage-branch-members]').textContent())?.trim() === String(branchAfter.members), 'the page’s member count is not the API’s');
  const names = await notYetNames(page, branch.unitId);
  expect(!names.includes(speaker.name) && names.includes(present.name), `the page still names ${speaker.name} (or not ${present.name}) as not yet on the stage: ${names.join('、')}`);
  const rate = (await page.locator('[data-test=coverage-rate]').textContent())?.trim();
  const expected = Math.round((after.speakers / after.members) * 1000) / 10;
  expect(rate === `${Number.isInteger(expected) ? expected : expected.toFixed(1)}%`, `the page's rate is ${rate}, the rows give ${expected}%`);
});

