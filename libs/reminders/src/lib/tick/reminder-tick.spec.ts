import { TenantKind } from '@zeren/tenancy';
import { Role, User, systemDb } from '@zeren/auth';
import { endOfLocalDay } from '@zeren/shared-periods';
import type { TestApi, TestTenant } from '@zeren/api/testing';
import { createRemindersTestApi, fixtureReminderModule, tick } from '../../testing';
import { ReminderDelivery } from '../delivery/reminder-delivery.entity';
import { SiteMessage } from '../site-message/site-message.entity';

const at = (shanghai: string) => new Date(`${shanghai}+08:00`);

describe('reminder tick', () => {
  let api: TestApi;
  let a: TestTenant;
  let b: TestTenant;
  const fixture = fixtureReminderModule();
  const system = () => systemDb(api.dataSource, 'test');
  const messagesOf = (user: User) => system().repo(SiteMessage).find({ where: { recipientId: user.id }, order: { createdAt: 'ASC', id: 'ASC' } });
  let n = 0;
  /** A fresh item of A (its own key), due at the end of this local date, for these users. */
  const item = (tenant: TestTenant, date: string, users: User[], title = '提交本月履责纪实') => {
    const made = { key: `duty:item-${++n}:2026-11:unit-1`, tenantId: tenant.tenant.id, userIds: users.map((u) => u.id), title, dueAt: endOfLocalDay(date), link: '/responsibility' };
    fixture.items.push(made);
    return made;
  };

  beforeAll(async () => {
    api = await createRemindersTestApi([fixture.module]);
    await api.addTenant('GW', TenantKind.COMMITTEE);
    a = await api.addTenant('A');
    b = await api.addTenant('B');
  });
  afterAll(() => api.close());
  beforeEach(() => fixture.items.splice(0));

  it('sends the lead reminder once when an item enters the 5-day window, and the due-day one on its last day', async () => {
    const member = a.users[Role.MEMBER]!;
    const due = item(a, '2026-11-30', [member]);
    expect(await tick(api.dataSource, [fixture.module], { now: at('2026-11-24T09:00:00') })).toMatchObject({ due: 0, messages: 0 });
    expect(await tick(api.dataSource, [fixture.module], { now: at('2026-11-25T09:00:00') })).toMatchObject({ due: 1, messages: 1 });
    // Later ticks the same day and the next days send nothing new until the due day.
    expect(await tick(api.dataSource, [fixture.module], { now: at('2026-11-25T09:15:00') })).toMatchObject({ due: 1, messages: 0 });
    expect(await tick(api.dataSource, [fixture.module], { now: at('2026-11-28T09:00:00') })).toMatchObject({ due: 1, messages: 0 });
    expect(await tick(api.dataSource, [fixture.module], { now: at('2026-11-30T08:00:00') })).toMatchObject({ due: 1, messages: 1 });
    expect(await tick(api.dataSource, [fixture.module], { now: at('2026-11-30T17:00:00') })).toMatchObject({ messages: 0 });
    expect(await tick(api.dataSource, [fixture.module], { now: at('2026-12-01T08:00:00') })).toMatchObject({ due: 0, messages: 0 });
    const messages = (await messagesOf(member)).filter((m) => m.body.startsWith(due.title));
    expect(messages.map((m) => [m.title, m.body, m.link, m.readAt])).toEqual([
      ['即将截止:提交本月履责纪实', '提交本月履责纪实,将于 2026-11-30 截止,还有 5 天。', '/responsibility', null],
      ['今日截止:提交本月履责纪实', '提交本月履责纪实,今天(2026-11-30)截止,请按时完成。', '/responsibility', null],
    ]);
    const deliveries = await system().repo(ReminderDelivery).find({ where: { reminderKey: `duty-fixture:${due.key}` } });
    expect(deliveries.map((d) => [d.tenantId, d.kind, d.recipientId]).sort()).toEqual([
      [a.tenant.id, 'DUE_DAY', member.id],
      [a.tenant.id, 'LEAD', member.id],
    ]);
  });

  it('asks the providers for items due up to the end of the local day leadDays ahead', async () => {
    fixture.windows.splice(0);
    await tick(api.dataSource, [fixture.module], { now: at('2026-11-25T09:00:00') });
    expect(fixture.windows).toEqual([{ now: at('2026-11-25T09:00:00'), until: at('2026-12-01T00:00:00') }]);
  });

  it('sends each reminder once when two gateways tick at the same moment', async () => {
    const users = [a.users[Role.MEMBER]!, a.users[Role.BRANCH_SECRETARY]!, a.users[Role.TENANT_ADMIN]!];
    const due = item(a, '2026-12-10', users, '填报任务回执');
    const now = at('2026-12-07T09:00:00');
    const reports = await Promise.all([1, 2, 3].map(() => tick(api.dataSource, [fixture.module], { now })));
    expect(reports.reduce((sum, r) => sum + r.messages, 0)).toBe(3);
    for (const user of users) expect((await messagesOf(user)).filter((m) => m.body.startsWith(due.title))).toHaveLength(1);
  });

  it('writes to the users of the item’s own tenant only, and skips disabled users', async () => {
    const disabled = a.users[Role.SHOWCASE_MANAGER]!;
    await system().actingFor(a.tenant.id).repo(User).update({ id: disabled.id }, { disabled: true });
    const foreign = b.users[Role.MEMBER]!;
    const due = item(a, '2026-12-20', [a.users[Role.MEMBER]!, disabled, foreign], '准备年度述职');
    await tick(api.dataSource, [fixture.module], { now: at('2026-12-18T09:00:00') });
    const got = async (user: User) => (await messagesOf(user)).filter((m) => m.body.startsWith(due.title)).length;
    expect([await got(a.users[Role.MEMBER]!), await got(disabled), await got(foreign)]).toEqual([1, 0, 0]);
    const inB = await system().repo(SiteMessage).count({ tenantId: b.tenant.id });
    expect(inB).toBe(0);
  });

  it('keeps sending the other modules’ reminders when one provider fails', async () => {
    const broken = { name: 'broken', reminders: [async () => Promise.reject(new Error('boom'))] };
    const due = item(a, '2026-12-24', [a.users[Role.MEMBER]!], '组织生活会');
    const report = await tick(api.dataSource, [broken, fixture.module], { now: at('2026-12-22T09:00:00') });
    expect(report).toMatchObject({ due: 1, messages: 1, failures: 1 });
    expect((await messagesOf(a.users[Role.MEMBER]!)).some((m) => m.body.startsWith(due.title))).toBe(true);
  });

  it('follows the committee’s lead time', async () => {
    const admin = 'gw_committee_admin';
    const member = a.users[Role.MEMBER]!;
    const due = item(a, '2027-01-20', [member], '上报季度分析');
    expect((await tick(api.dataSource, [fixture.module], { now: at('2027-01-10T09:00:00') })).messages).toBe(0);
    const changed = await api.as(admin).run('mutation { updateReminderSettings(input: { leadDays: 10 }) { leadDays } }');
    expect(changed.data?.updateReminderSettings).toEqual({ leadDays: 10 });
    try {
      expect((await tick(api.dataSource, [fixture.module], { now: at('2027-01-10T09:00:00') })).messages).toBe(1);
      expect((await messagesOf(member)).find((m) => m.body.startsWith(due.title))?.body).toContain('还有 10 天');
    } finally {
      await api.as(admin).run('mutation { updateReminderSettings(input: { leadDays: 5 }) { leadDays } }');
    }
  });
});
