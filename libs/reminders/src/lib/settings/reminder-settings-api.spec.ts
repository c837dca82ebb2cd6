import { TenantKind } from '@zeren/tenancy';
import type { TestApi } from '@zeren/api/testing';
import { createRemindersTestApi } from '../../testing';

const READ = '{ reminderSettings { leadDays onDueDay updatedAt } }';
const UPDATE = 'mutation($input: UpdateReminderSettingsInput!) { updateReminderSettings(input: $input) { leadDays onDueDay updatedAt } }';

describe('reminder settings', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await createRemindersTestApi();
    await api.addTenant('GW', TenantKind.COMMITTEE);
    await api.addTenant('A');
  });
  afterAll(() => api.close());

  it('are 5 days ahead and on the due day until the committee changes them', async () => {
    expect((await api.as('gw_committee_leader').run(READ)).data?.reminderSettings).toEqual({ leadDays: 5, onDueDay: true, updatedAt: null });
  });

  it('are changed by the committee admin, field by field, and audited', async () => {
    const first = await api.as('gw_committee_admin').run(UPDATE, { input: { leadDays: 7 } });
    expect(first.data?.updateReminderSettings).toMatchObject({ leadDays: 7, onDueDay: true });
    const second = await api.as('gw_committee_admin').run(UPDATE, { input: { onDueDay: false } });
    expect(second.data?.updateReminderSettings).toMatchObject({ leadDays: 7, onDueDay: false });
    expect((await api.as('gw_committee_leader').run(READ)).data?.reminderSettings).toMatchObject({ leadDays: 7, onDueDay: false });
    const audit = await api.as('gw_committee_admin').run('{ auditLog(operation: "updateReminderSettings", limit: 5) { items { outcome } } }');
    expect(audit.data?.auditLog.items).toEqual([{ outcome: 'SUCCESS' }, { outcome: 'SUCCESS' }]);
  });

  it.each([[-1], [31]])('refuses %p days with a message for a person, changing nothing', async (leadDays) => {
    const before = (await api.as('gw_committee_admin').run(READ)).data?.reminderSettings;
    const res = await api.as('gw_committee_admin').run(UPDATE, { input: { leadDays } });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(res.errors)).toContain('提前提醒天数应为 0 到 30 之间的整数');
    expect((await api.as('gw_committee_admin').run(READ)).data?.reminderSettings).toEqual(before);
  });

  it('refuses an explicit null or a fraction, and anyone but the committee admin', async () => {
    expect((await api.as('gw_committee_admin').run(UPDATE, { input: { leadDays: null } })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    // GraphQL's Int refuses 2.5 before the resolver runs.
    expect((await api.as('gw_committee_admin').run(UPDATE, { input: { leadDays: 2.5 } })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    for (const username of ['gw_committee_leader', 'a_tenant_admin', 'a_member']) {
      expect([username, (await api.as(username).run(UPDATE, { input: { leadDays: 3 } })).errors?.[0]?.extensions?.code]).toEqual([username, 'FORBIDDEN']);
    }
    expect((await api.as('a_tenant_admin').run(READ)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
