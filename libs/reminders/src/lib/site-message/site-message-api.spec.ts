import { TenantKind, newId } from '@zeren/tenancy';
import { Role } from '@zeren/auth';
import type { TestApi, TestTenant } from '@zeren/api/testing';
import { createRemindersTestApi, sendSiteMessages } from '../../testing';
import type { SiteMessage } from './site-message.entity';

const PAGE = `query($unreadOnly: Boolean, $offset: Int, $limit: Int) {
  mySiteMessages(unreadOnly: $unreadOnly, offset: $offset, limit: $limit) { total unread offset limit items { id title body link readAt } }
}`;
const MARK = `mutation($ids: [ID!]!) { markSiteMessagesRead(ids: $ids) { marked unread } }`;

describe('site messages', () => {
  let api: TestApi;
  let gw: TestTenant;
  let a: TestTenant;
  let b: TestTenant;

  beforeAll(async () => {
    api = await createRemindersTestApi();
    gw = await api.addTenant('GW', TenantKind.COMMITTEE);
    a = await api.addTenant('A');
    b = await api.addTenant('B');
  });
  afterAll(() => api.close());

  const send = (tenant: TestTenant, role: Role, titles: string[]) => sendSiteMessages(api.dataSource, tenant.tenant.id, tenant.users[role]!.id, titles);

  it('pages the caller’s own messages, newest first, with the total and the unread count', async () => {
    await send(a, Role.BRANCH_SECRETARY, ['一', '二', '三']);
    const res = await api.as('a_branch_secretary').run(PAGE, { offset: 0, limit: 2 });
    expect(res.data?.mySiteMessages).toMatchObject({ total: 3, unread: 3, offset: 0, limit: 2 });
    expect(res.data?.mySiteMessages.items.map((m: SiteMessage) => m.title)).toEqual(['三', '二']);
    const next = await api.as('a_branch_secretary').run(PAGE, { offset: 2, limit: 2 });
    expect(next.data?.mySiteMessages.items.map((m: SiteMessage) => m.title)).toEqual(['一']);
    expect((await api.as('a_branch_secretary').run('{ myUnreadSiteMessageCount }')).data?.myUnreadSiteMessageCount).toBe(3);
  });

  it('does not show a user another user’s messages, not even to their agency’s admin or the committee', async () => {
    const [secret] = await send(a, Role.MEMBER, ['只给党员']);
    for (const username of ['a_tenant_admin', 'a_showcase_manager', 'gw_committee_admin', 'gw_committee_leader', 'b_member']) {
      const res = await api.as(username).run(PAGE, { limit: 200 });
      expect([username, JSON.stringify(res.data).includes(secret.id)]).toEqual([username, false]);
    }
    const mine = await api.as('a_member').run(PAGE, {});
    expect(mine.data?.mySiteMessages.items.map((m: SiteMessage) => m.id)).toContain(secret.id);
  });

  it('marks the caller’s messages read, and answers NOT_FOUND, changing nothing, when one id is someone else’s', async () => {
    const [one, two] = await send(a, Role.TENANT_ADMIN, ['甲', '乙']);
    const [colleague] = await send(a, Role.SHOWCASE_MANAGER, ['同事的']);
    const [foreign] = await send(b, Role.TENANT_ADMIN, ['他单位的']);
    for (const stranger of [colleague.id, foreign.id, newId()]) {
      const refused = await api.as('a_tenant_admin').run(MARK, { ids: [one.id, stranger] });
      expect(refused.errors?.[0]).toMatchObject({ message: '消息不存在', extensions: { code: 'NOT_FOUND' } });
    }
    expect((await api.as('a_tenant_admin').run(PAGE, { unreadOnly: true })).data?.mySiteMessages.total).toBe(2);
    const marked = await api.as('a_tenant_admin').run(MARK, { ids: [one.id, one.id] });
    expect(marked.data?.markSiteMessagesRead).toEqual({ marked: 1, unread: 1 });
    const unread = await api.as('a_tenant_admin').run(PAGE, { unreadOnly: true });
    expect(unread.data?.mySiteMessages.items.map((m: SiteMessage) => m.id)).toEqual([two.id]);
    expect((await api.as('a_showcase_manager').run(PAGE, { unreadOnly: true })).data?.mySiteMessages.total).toBe(1);
  });

  it('marks all of the caller’s messages read, and only theirs', async () => {
    await send(b, Role.MEMBER, ['一', '二']);
    await send(b, Role.BRANCH_SECRETARY, ['别人的']);
    const res = await api.as('b_member').run('mutation { markAllSiteMessagesRead { marked unread } }');
    expect(res.data?.markAllSiteMessagesRead).toEqual({ marked: 2, unread: 0 });
    expect((await api.as('b_branch_secretary').run('{ myUnreadSiteMessageCount }')).data?.myUnreadSiteMessageCount).toBe(1);
    const audit = await api.as('gw_committee_admin').run('{ auditLog(operation: "markAllSiteMessagesRead", limit: 1) { items { outcome tenantId } } }');
    expect(audit.data?.auditLog.items).toEqual([{ outcome: 'SUCCESS', tenantId: b.tenant.id }]);
  });

  it('lets a read-only committee leader mark their own messages, but not from a view of an agency', async () => {
    const [note] = await sendSiteMessages(api.dataSource, gw.tenant.id, gw.users[Role.COMMITTEE_LEADER]!.id, ['工委通知']);
    const viewing = await api.as('gw_committee_leader', { viewTenantId: a.tenant.id }).run(MARK, { ids: [note.id] });
    expect(viewing.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // The bell still shows one's own messages in that view.
    const seen = await api.as('gw_committee_leader', { viewTenantId: a.tenant.id }).run(PAGE, {});
    expect(seen.data?.mySiteMessages.items.map((m: SiteMessage) => m.id)).toEqual([note.id]);
    const marked = await api.as('gw_committee_leader').run(MARK, { ids: [note.id] });
    expect(marked.data?.markSiteMessagesRead).toEqual({ marked: 1, unread: 0 });
  });

  it('asks anonymous callers to sign in, and refuses more than 200 ids or a page over the maximum', async () => {
    expect((await api.as(null).run(PAGE, {})).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const many = await api.as('a_member').run(MARK, { ids: Array.from({ length: 201 }, () => newId()) });
    expect(many.errors?.[0]).toMatchObject({ message: '一次最多标记 200 条消息', extensions: { code: 'BAD_USER_INPUT' } });
    expect((await api.as('a_member').run(PAGE, { limit: 201 })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
