import type { Page } from 'playwright-core';
import { DEMO_PASSWORD, expect, eventually, test } from './harness';
import { choose, confirmBox, inDays, pickDate, saved, switchTo, today, year } from './steps';
import { Api, unique } from './support';

// 表彰 through the pages: the committee opens a round (its eligibility rules as data); the admin of an
// agency disqualified by 问责 this year picks a member, the check answers before 提交 with the
// reason, and 提交 is refused with it beside the field while the API holds no new nomination; an
// eligible agency's nomination goes in (已提交) and the committee approves it (审核通过), which that
// agency then reads.
const DEMO = [
  { code: 'czj', name: '市财政局' },
  { code: 'jyj', name: '市教育局' },
  { code: 'wjw', name: '市卫生健康委员会' },
  { code: 'gaj', name: '市公安局' },
  { code: 'fgw', name: '市发展和改革委员会' },
  { code: 'sjj', name: '市审计局' },
];
interface Measure {
  id: string;
  tenantId: string;
  status: string;
}
interface Nomination {
  id: string;
  tenantId: string;
  status: string;
  member: { id: string } | null;
}
const MEASURES = 'query($y: Int!, $s: AccountabilityMeasureStatus) { accountabilityMeasures(year: $y, kind: DISQUALIFY, status: $s, limit: 200) { items { id tenantId status } } }';
const NOMINATIONS = 'query($r: ID) { honourNominations(roundId: $r, limit: 200) { total items { id tenantId status member { id } } } }';

/**
 * An agency whose 评先资格 is withdrawn this year and an admin account to sign in with: a demo agency
 * the seed disqualified, or else one the seed did (those have no demo accounts), given an admin
 * through the committee's createAgencyUser.
 */
async function disqualifiedAgency(api: Api, gw: string, tenants: { id: string; name: string }[], confirmed: Measure[]): Promise<{ username: string; id: string }> {
  const demo = DEMO.map((d) => ({ username: `${d.code}_admin`, id: tenants.find((t) => t.name === d.name)?.id ?? '' })).find((d) => confirmed.some((m) => m.tenantId === d.id));
  if (demo) return demo;
  const id = confirmed[0]?.tenantId;
  expect(id, `no agency is disqualified in ${year()}`);
  const username = unique('hon_admin');
  await api.request(gw, 'mutation($t: ID!, $i: CreateUserInput!) { createAgencyUser(tenantId: $t, input: $i) { id } }', { t: id, i: { username, displayName: '党务管理员', password: DEMO_PASSWORD, roles: ['TENANT_ADMIN'] } });
  return { username, id };
}

/** An active member of the agency with no discipline record, whose name the search finds alone. */
async function cleanMember(api: Api, token: string, skip: string[] = []): Promise<{ id: string; name: string }> {
  const { partyMembers } = await api.request<{ partyMembers: { items: { id: string; name: string }[] } }>(token, '{ partyMembers(status: ACTIVE, limit: 200) { items { id name } } }');
  const { disciplineRecords } = await api.request<{ disciplineRecords: { memberId: string }[] }>(token, '{ disciplineRecords { memberId } }');
  const names = partyMembers.items.map((m) => m.name);
  const member = partyMembers.items.find((m) => !skip.includes(m.id) && !disciplineRecords.some((d) => d.memberId === m.id) && names.filter((n) => n === m.name).length === 1);
  expect(member, 'the agency has no member to nominate');
  return member;
}

async function openNominate(page: Page, baseUrl: string, title: string): Promise<void> {
  await page.goto(`${baseUrl}/members/honours`);
  const row = page.locator('[data-test=round-table] .el-table__body-wrapper tr', { hasText: title }).first();
  await row.locator('[data-test=round-nominate]').click();
  await page.locator('[data-test=nominate-form]').waitFor();
}

test('honours: a nomination of a disqualified agency is refused with a clear reason', async ({ page, baseUrl, login }) => {
  const api = new Api(baseUrl);
  const gw = await api.token('gw_admin');
  const { tenants } = await api.request<{ tenants: { id: string; name: string; kind: string }[] }>(gw, '{ tenants { id name kind } }');
  const confirmed = (await api.request<{ accountabilityMeasures: { items: Measure[] } }>(gw, MEASURES, { y: year(), s: 'CONFIRMED' })).accountabilityMeasures.items;
  const out = await disqualifiedAgency(api, gw, tenants, confirmed);
  const eligible = DEMO.map((d) => ({ ...d, id: tenants.find((t) => t.name === d.name)?.id ?? '' })).find((d) => d.id && d.id !== out.id && !confirmed.some((m) => m.tenantId === d.id));
  expect(eligible, 'every demo agency is disqualified this year');

  // 0. The figures panel: the brief's three figures as honourFigures gives them, and as the rows behind them count.
  await login('gw_admin');
  const { honourFigures: figures } = await api.request<{ honourFigures: { members: number; partyWorkers: number; organisations: number } }>(gw, '{ honourFigures { members partyWorkers organisations } }');
  const { honourResults: results } = await api.request<{ honourResults: { category: string; memberId: string | null; unitId: string }[] }>(gw, '{ honourResults { category memberId unitId } }');
  const distinct = (category: string, key: 'memberId' | 'unitId') => new Set(results.filter((r) => r.category === category).map((r) => r[key])).size;
  expect(
    figures.members === distinct('MEMBER', 'memberId') && figures.partyWorkers === distinct('PARTY_WORKER', 'memberId') && figures.organisations === distinct('ORGANISATION', 'unitId'),
    `honourFigures ${JSON.stringify(figures)} is not what its ${results.length} rows count`,
  );
  await page.goto(`${baseUrl}/members/honours?tab=figures`);
  const tile = async (test: string) => Number((await page.locator(`[data-test=${test}]`).textContent())?.trim());
  await page.locator('[data-test=honour-figure-members]').waitFor();
  const shown = [await tile('honour-figure-members'), await tile('honour-figure-workers'), await tile('honour-figure-organisations')];
  expect(shown.join() === [figures.members, figures.partyWorkers, figures.organisations].join(), `the page shows ${shown.join(' / ')}, the API ${JSON.stringify(figures)}`);

  // 1. The committee opens a round through the page: this year, 市级, all three categories, two rules.
  const title = unique('优秀共产党员评选');
  await page.goto(`${baseUrl}/members/honours`);
  await page.click('[data-test=round-create]');
  await page.fill('[data-test=round-title]', title);
  const window = page.locator('[data-test=round-form] .el-date-editor input');
  await window.nth(0).fill(today());
  await window.nth(1).fill(inDays(30));
  await window.nth(1).press('Enter');
  await page.click('[data-test=round-save]');
  await saved(page);
  const { honourRounds } = await api.request<{ honourRounds: { id: string; title: string; status: string; closesOn: string; rules: { kind: string }[] }[] }>(gw, '{ honourRounds { id title status closesOn rules { kind } } }');
  const round = honourRounds.find((r) => r.title === title);
  expect(round?.status === 'OPEN' && round.closesOn === inDays(30) && round.rules.map((r) => r.kind).join() === 'NOT_DISQUALIFIED,NO_DISCIPLINE', `the API holds the round as ${JSON.stringify(round)}`);
  const nominations = async () => (await api.request<{ honourNominations: { total: number; items: Nomination[] } }>(gw, NOMINATIONS, { r: round.id })).honourNominations;

  // 2. The disqualified agency: the check answers before 提交, and 提交 is refused with the same reason.
  const outToken = await api.token(out.username);
  const outMember = await cleanMember(api, outToken);
  const reason = `本单位${year()}年度已被取消综合考核评先资格(问责),不能提名`;
  await switchTo(page, login, out.username);
  await openNominate(page, baseUrl, title);
  await choose(page, 'nominate-member', outMember.name, true);
  const check = page.locator('[data-test=nominate-check]');
  await eventually(async () => (await check.getAttribute('data-state')) === 'failed', `the check did not refuse ${outMember.name}: ${await check.textContent()}`);
  expect((await check.textContent())?.includes(reason), `the check does not give the reason: ${await check.textContent()}`);
  await page.fill('[data-test=nominate-deeds]', '坚持原则,敢于担当,带头完成重点工作');
  await page.click('[data-test=nominate-save]');
  const fieldError = page.locator('[data-test=nominate-form] .el-form-item.is-error', { has: page.locator('[data-test=nominate-member]') }).locator('.el-form-item__error');
  await eventually(async () => (await fieldError.textContent())?.includes(reason), 'the refusal is not shown beside the member');
  await page.locator('.el-message--error').first().waitFor();
  expect((await nominations()).total === 0, 'the API holds a nomination of a disqualified agency');

  // 3. An eligible agency's nomination: the check passes, 提交, 已提交 on its list.
  const okToken = await api.token(`${eligible.code}_admin`);
  const okMember = await cleanMember(api, okToken);
  await switchTo(page, login, `${eligible.code}_admin`);
  await openNominate(page, baseUrl, title);
  await choose(page, 'nominate-member', okMember.name, true);
  await eventually(async () => (await check.getAttribute('data-state')) === 'passed', `the check did not pass ${okMember.name}: ${await check.textContent()}`);
  await page.fill('[data-test=nominate-deeds]', '扎根基层二十年,群众满意度高');
  await page.click('[data-test=nominate-save]');
  await saved(page);
  const submitted = (await nominations()).items;
  expect(submitted.length === 1 && submitted[0].member?.id === okMember.id && submitted[0].status === 'SUBMITTED' && submitted[0].tenantId === eligible.id, `the API holds ${JSON.stringify(submitted)}`);

  // 4. The committee approves it on the nominations tab; the agency reads 审核通过.
  await switchTo(page, login, 'gw_admin');
  await page.goto(`${baseUrl}/members/honours?tab=nominations`);
  const row = page.locator(`[data-test=nomination-table] .el-table__body-wrapper tr:has([data-nomination="${submitted[0].id}"])`);
  await row.waitFor();
  expect((await row.locator('[data-test=eligibility]').textContent())?.includes('未被取消评先资格'), 'the review does not show the eligibility checks');
  await row.locator('[data-test=nomination-approve]').click();
  await confirmBox(page);
  await saved(page);
  await eventually(async () => (await nominations()).items[0]?.status === 'APPROVED', 'the API does not hold the nomination approved');
  await switchTo(page, login, `${eligible.code}_admin`);
  await page.goto(`${baseUrl}/members/honours?tab=nominations`);
  const own = page.locator(`[data-test=nomination-table] .el-table__body-wrapper tr:has([data-nomination="${submitted[0].id}"])`);
  await eventually(async () => (await own.locator('[data-test=nomination-status-tag]').textContent())?.includes('审核通过'), 'the agency does not read 审核通过');
});

test('honours: an agency records an outside honour and a sanction, and the sanction bars the member from nomination', async ({ page, baseUrl, login }) => {
  const api = new Api(baseUrl);
  const admin = await api.token('czj_admin');
  const member = await cleanMember(api, admin);
  const { honourRounds } = await api.request<{ honourRounds: { title: string; status: string; opensOn: string; closesOn: string; categories: string[]; rules: { kind: string }[] }[] }>(
    admin,
    '{ honourRounds { title status opensOn closesOn categories rules { kind } } }',
  );
  const round = honourRounds.find((r) => r.status === 'OPEN' && r.opensOn <= today() && today() <= r.closesOn && r.categories.includes('MEMBER') && r.rules.some((x) => x.kind === 'NO_DISCIPLINE'));
  expect(round, 'the demo has no open round with the discipline rule');

  // 1. 其他表彰: recorded through the form, listed on the tab.
  const title = unique('省直机关优秀共产党员');
  await login('czj_admin');
  await page.goto(`${baseUrl}/members/honours?tab=outside`);
  await page.click('[data-test=outside-record]');
  await choose(page, 'outside-member', member.name, true);
  await page.locator('[data-test=outside-level]').getByText('省级').click();
  await page.fill('[data-test=outside-title]', title);
  await page.fill('[data-test=outside-by]', '中共山东省委省直机关工委');
  await pickDate(page, '[data-test=outside-form]', today());
  await page.click('[data-test=outside-save]');
  await saved(page);
  const { outsideHonours } = await api.request<{ outsideHonours: { title: string; level: string; member: { id: string } | null }[] }>(admin, '{ outsideHonours { title level member { id } } }');
  const recorded = outsideHonours.find((o) => o.title === title);
  expect(recorded?.level === 'PROVINCIAL' && recorded.member?.id === member.id, `the API holds ${JSON.stringify(recorded)}`);
  await eventually(async () => (await page.locator('[data-test=outside-table] .el-table__body-wrapper tr', { hasText: title }).count()) === 1, 'the tab does not list the new honour');

  // 2. 党纪处分: recorded through the form; the nominee check then refuses the member with the reason.
  await page.goto(`${baseUrl}/members/honours?tab=discipline`);
  await page.click('[data-test=discipline-record]');
  await choose(page, 'discipline-member', member.name, true);
  // The form's two pickers, in order: the decision, then the end of its influence.
  const dates = page.locator('[data-test=discipline-form] .el-date-editor input');
  for (const [i, day] of [today(), inDays(365)].entries()) {
    await dates.nth(i).fill(day);
    await dates.nth(i).press('Enter');
  }
  await page.fill('[data-test=discipline-note]', '违反工作纪律,给予警告处分');
  await page.click('[data-test=discipline-save]');
  await saved(page);
  const records = async () => (await api.request<{ disciplineRecords: { id: string; kind: string; influenceEndsOn: string; member: { id: string } }[] }>(admin, '{ disciplineRecords { id kind influenceEndsOn member { id } } }')).disciplineRecords.filter((d) => d.member.id === member.id);
  const sanction = (await records())[0];
  expect(sanction?.kind === 'WARNING' && sanction.influenceEndsOn === inDays(365), `the API holds ${JSON.stringify(await records())}`);
  await openNominate(page, baseUrl, round.title);
  await choose(page, 'nominate-member', member.name, true);
  const check = page.locator('[data-test=nominate-check]');
  await eventually(async () => (await check.getAttribute('data-state')) === 'failed', `the check did not refuse ${member.name}: ${await check.textContent()}`);
  expect((await check.textContent())?.includes(`${member.name}受警告处分`), `the check does not give the sanction: ${await check.textContent()}`);
  await page.keyboard.press('Escape');

  // 3. A record made in error is removed (asked first), and the member is no longer listed.
  await page.goto(`${baseUrl}/members/honours?tab=discipline`);
  const row = page.locator('[data-test=discipline-table] .el-table__body-wrapper tr', { hasText: member.name }).first();
  await row.locator('[data-test=discipline-remove]').click();
  await confirmBox(page, member.name);
  await saved(page);
  expect((await records()).length === 0, 'the sanction is still recorded');
});
