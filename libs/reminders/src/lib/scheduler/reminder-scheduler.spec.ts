import { Role } from '@zeren/auth';
import { endOfLocalDay } from '@zeren/shared-periods';
import type { TestApi, TestTenant } from '@zeren/api/testing';
import { createRemindersTestApi, fixtureReminderModule } from '../../testing';
import { SILENT_LOG } from '../tick/reminder-log';
import { startReminderScheduler } from './reminder-scheduler';
import { remindersConfigFromEnv, RemindersConfigError, type RemindersConfig } from './reminders-config';
import { redisLock } from './tick-lock';

const REDIS = process.env['ZEREN_TEST_REDIS_URL'];
const withRedis = REDIS ? describe : describe.skip;

describe('reminders configuration', () => {
  it('is on, every 15 minutes, in-process and without robots by default', () => {
    expect(remindersConfigFromEnv({})).toEqual({ enabled: true, cron: '*/15 * * * *', redisUrl: null, weComUrl: null, dingTalkUrl: null, dingTalkSecret: null, portalUrl: null });
  });

  it('reads the switch, the schedule, Redis and the robots', () => {
    const config = remindersConfigFromEnv({
      ZEREN_REMINDERS: 'off',
      ZEREN_REMINDER_CRON: '0 8 * * *',
      ZEREN_REDIS_URL: 'redis://127.0.0.1:6379/2',
      ZEREN_WECOM_WEBHOOK_URL: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k',
      ZEREN_DINGTALK_WEBHOOK_URL: 'https://oapi.dingtalk.com/robot/send?access_token=t',
      ZEREN_DINGTALK_SECRET: 'SEC1',
    });
    expect(config).toMatchObject({ enabled: false, cron: '0 8 * * *', redisUrl: 'redis://127.0.0.1:6379/2', dingTalkSecret: 'SEC1' });
  });

  it.each([
    [{ ZEREN_REMINDERS: 'maybe' }, 'ZEREN_REMINDERS must be on or off'],
    [{ ZEREN_REMINDER_CRON: 'every day' }, 'ZEREN_REMINDER_CRON'],
    [{ ZEREN_REDIS_URL: 'http://127.0.0.1:6379' }, 'ZEREN_REDIS_URL must be a redis: or rediss: URL'],
    [{ ZEREN_WECOM_WEBHOOK_URL: 'not a url' }, 'ZEREN_WECOM_WEBHOOK_URL is not a URL'],
    [{ ZEREN_DINGTALK_SECRET: 'SEC1' }, 'ZEREN_DINGTALK_SECRET is set without ZEREN_DINGTALK_WEBHOOK_URL'],
  ])('refuses %p with one line naming it', (env, message) => {
    expect(() => remindersConfigFromEnv(env)).toThrow(RemindersConfigError);
    expect(() => remindersConfigFromEnv(env)).toThrow(message);
  });
});

describe('reminder scheduler', () => {
  let api: TestApi;
  let a: TestTenant;
  const fixture = fixtureReminderModule();
  const config = (overrides: Partial<RemindersConfig> = {}): RemindersConfig => ({ ...remindersConfigFromEnv({}), ...overrides });

  beforeAll(async () => {
    api = await createRemindersTestApi([fixture.module]);
    a = await api.addTenant('A');
    // A slow provider, so that ticks started together overlap.
    fixture.items.push({ key: 'slow', tenantId: a.tenant.id, userIds: [a.users[Role.MEMBER]!.id], title: '慢', dueAt: endOfLocalDay('2026-12-05'), link: null });
  });
  afterAll(() => api.close());

  const now = new Date('2026-12-02T01:00:00Z');

  it('runs one tick at a time in a process; the overlapping one is skipped', async () => {
    const scheduler = startReminderScheduler({ dataSource: api.dataSource, modules: [fixture.module], config: config(), log: SILENT_LOG, schedule: false });
    try {
      const [first, second] = await Promise.all([scheduler.tick(now), scheduler.tick(now)]);
      expect([first?.due, second]).toEqual([1, null]);
      expect((await scheduler.tick(now))?.due).toBe(1);
    } finally {
      await scheduler.stop();
    }
  });

  it('starts a schedule whose timer does not hold the process open, and stops it', async () => {
    const scheduler = startReminderScheduler({ dataSource: api.dataSource, modules: [fixture.module], config: config({ cron: '0 3 * * *' }), log: SILENT_LOG });
    await scheduler.stop();
  });

  withRedis('with Redis (ZEREN_TEST_REDIS_URL)', () => {
    it('lets one of two gateways tick at a time', async () => {
      const redisUrl = REDIS!;
      const key = `zeren:test:tick:${process.pid}:${Date.now()}`;
      const [one, two] = [redisLock(redisUrl, { key }), redisLock(redisUrl, { key })];
      try {
        let release!: () => void;
        const held = one.run(() => new Promise<string>((resolve) => (release = () => resolve('one ran'))));
        // Wait until `one` holds the lock, then `two` must be turned away.
        for (let i = 0; i < 50 && !release; i++) await new Promise((r) => setTimeout(r, 10));
        expect(await two.run(async () => 'two ran')).toBeNull();
        release();
        expect(await held).toBe('one ran');
        expect(await two.run(async () => 'two ran')).toBe('two ran');
      } finally {
        await Promise.all([one.close(), two.close()]);
      }
    });

    it('shares the lock between two schedulers over the same database', async () => {
      // A provider that holds the first tick open until the second has been turned away.
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      let asked = 0;
      const held = { name: 'held', reminders: [async () => (asked++, await gate, [])] };
      const gateways = [1, 2].map(() =>
        startReminderScheduler({ dataSource: api.dataSource, modules: [held], config: config({ redisUrl: REDIS! }), log: SILENT_LOG, schedule: false }),
      );
      try {
        const first = gateways[0].tick(now);
        for (let i = 0; i < 100 && asked === 0; i++) await new Promise((r) => setTimeout(r, 10));
        expect(await gateways[1].tick(now)).toBeNull();
        release();
        expect(await first).toMatchObject({ due: 0 });
        expect(asked).toBe(1);
      } finally {
        release();
        await Promise.all(gateways.map((g) => g.stop()));
      }
    });

    it('skips the tick, with an error, when Redis is out of reach', async () => {
      const lock = redisLock('redis://127.0.0.1:1', { key: 'zeren:test:unreachable' });
      try {
        await expect(lock.run(async () => 'ran')).rejects.toThrow();
      } finally {
        await lock.close();
      }
    });
  });
});
