import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Role, systemDb } from '@zeren/auth';
import { endOfLocalDay } from '@zeren/shared-periods';
import type { TestApi, TestTenant } from '@zeren/api/testing';
import { createRemindersTestApi, fixtureReminderModule, tick } from '../../testing';
import { SiteMessage } from '../site-message/site-message.entity';
import { ReminderDelivery } from '../delivery/reminder-delivery.entity';
import { dingTalkRobot, weComRobot } from './robot-webhooks';

interface Received {
  path: string;
  query: URLSearchParams;
  body: any;
}

/** A robot endpoint on 127.0.0.1: records each POST and answers what `answer` says. */
async function fakeRobot(): Promise<{ url: string; received: Received[]; answer: { status: number; body: unknown }; close(): Promise<void> }> {
  const robot = { received: [] as Received[], answer: { status: 200, body: { errcode: 0, errmsg: 'ok' } as unknown } };
  const server: Server = createServer((req, res) => {
    let text = '';
    req.on('data', (chunk) => (text += chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://robot');
      robot.received.push({ path: url.pathname, query: url.searchParams, body: JSON.parse(text) });
      res.writeHead(robot.answer.status, { 'content-type': 'application/json' }).end(JSON.stringify(robot.answer.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(robot, { url: `http://127.0.0.1:${port}`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) });
}

describe('robot webhooks', () => {
  let robot: Awaited<ReturnType<typeof fakeRobot>>;
  beforeAll(async () => (robot = await fakeRobot()));
  afterAll(() => robot.close());
  beforeEach(() => robot.received.splice(0));

  it('posts WeCom a markdown message to the configured URL', async () => {
    await weComRobot(`${robot.url}/cgi-bin/webhook/send?key=K1`).post({ title: '即将截止:填报回执', markdown: '市财政局:填报回执,将于 2026-12-05 截止。' });
    expect(robot.received).toHaveLength(1);
    expect(robot.received[0].path).toBe('/cgi-bin/webhook/send');
    expect(robot.received[0].query.get('key')).toBe('K1');
    expect(robot.received[0].body).toEqual({ msgtype: 'markdown', markdown: { content: '**即将截止:填报回执**\n市财政局:填报回执,将于 2026-12-05 截止。' } });
  });

  it('signs a DingTalk post with HMAC-SHA256 of "timestamp\\nsecret" when a secret is configured', async () => {
    const secret = 'SEC0123456789abcdef';
    await dingTalkRobot(`${robot.url}/robot/send?access_token=T1`, secret, () => 1764892800123).post({ title: '今日截止:述职', markdown: '今天截止' });
    const { query, body } = robot.received[0];
    expect(query.get('access_token')).toBe('T1');
    expect(query.get('timestamp')).toBe('1764892800123');
    const expected = createHmac('sha256', secret).update(`1764892800123\n${secret}`).digest('base64');
    expect(query.get('sign')).toBe(expected);
    expect(body).toEqual({ msgtype: 'markdown', markdown: { title: '今日截止:述职', text: '#### 今日截止:述职\n今天截止' } });
    await dingTalkRobot(`${robot.url}/robot/send?access_token=T2`, null).post({ title: 't', markdown: 'm' });
    expect([robot.received[1].query.has('sign'), robot.received[1].query.has('timestamp')]).toEqual([false, false]);
  });

  it('throws when a robot refuses the post (a non-zero errcode or an HTTP error)', async () => {
    robot.answer = { status: 200, body: { errcode: 310000, errmsg: 'sign not match' } };
    await expect(dingTalkRobot(`${robot.url}/robot/send`, 'x').post({ title: 't', markdown: 'm' })).rejects.toThrow('310000 sign not match');
    robot.answer = { status: 502, body: {} };
    await expect(weComRobot(`${robot.url}/send`).post({ title: 't', markdown: 'm' })).rejects.toThrow('HTTP 502');
    robot.answer = { status: 200, body: { errcode: 0, errmsg: 'ok' } };
  });

  describe('in a tick', () => {
    let api: TestApi;
    let a: TestTenant;
    const fixture = fixtureReminderModule();
    beforeAll(async () => {
      api = await createRemindersTestApi([fixture.module]);
      a = await api.addTenant('A');
    });
    afterAll(() => api.close());

    it('posts once per reminder and robot; a failed robot is logged and retried, and the site messages stand', async () => {
      const member = a.users[Role.MEMBER]!;
      fixture.items.push({ key: 'duty:1', tenantId: a.tenant.id, userIds: [member.id], title: '提交履责纪实', dueAt: endOfLocalDay('2026-12-05'), link: '/responsibility' });
      const robots = [weComRobot(`${robot.url}/wecom`), dingTalkRobot(`${robot.url}/ding`, 'S')];
      const now = new Date('2026-12-02T01:00:00Z');
      const warnings: string[] = [];
      const log = { info: () => undefined, error: () => undefined, warn: (_: object, message: string) => void warnings.push(message) };

      robot.answer = { status: 500, body: {} };
      const failed = await tick(api.dataSource, [fixture.module], { now, robots, log, portalUrl: 'https://zeren.example.gov.cn' });
      expect(failed).toMatchObject({ messages: 1, robotPosts: 0, failures: 2 });
      expect(warnings).toEqual(['robot webhook failed', 'robot webhook failed']);
      expect(await systemDb(api.dataSource, 'test').repo(SiteMessage).count({ recipientId: member.id })).toBe(1);

      robot.answer = { status: 200, body: { errcode: 0 } };
      robot.received.splice(0);
      const retried = await tick(api.dataSource, [fixture.module], { now, robots, log, portalUrl: 'https://zeren.example.gov.cn' });
      expect(retried).toMatchObject({ messages: 0, robotPosts: 2, failures: 0 });
      expect(robot.received.map((r) => r.path).sort()).toEqual(['/ding', '/wecom']);
      expect(robot.received.find((r) => r.path === '/wecom')?.body.markdown.content).toBe(
        '**即将截止:提交履责纪实**\n测试单位A:提交履责纪实,将于 2026-12-05 截止,还有 3 天。\n[前往办理](https://zeren.example.gov.cn/responsibility)',
      );
      expect((await tick(api.dataSource, [fixture.module], { now, robots, log })).robotPosts).toBe(0);
      const rows = await systemDb(api.dataSource, 'test').repo(ReminderDelivery).find({ where: { reminderKey: 'duty-fixture:duty:1' } });
      expect(rows.map((r) => r.recipientId).sort()).toEqual([member.id, 'robot:dingtalk', 'robot:wecom'].sort());
    });
  });
});
