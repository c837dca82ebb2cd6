import { Cron } from 'croner';
import type { DataSource } from 'typeorm';
import type { ZerenModule } from '@zeren/api';
import { systemDb } from '@zeren/auth';
import { dingTalkRobot, weComRobot, type RobotChannel } from '../robots/robot-webhooks';
import { runReminderTick, type ReminderSource, type TickReport } from '../tick/reminder-tick';
import type { ReminderLog } from '../tick/reminder-log';
import type { RemindersConfig } from './reminders-config';
import { processLock, redisLock, type TickLock } from './tick-lock';

export interface ReminderScheduler {
  /** One tick now (what the schedule runs); null when another holder of the lock is ticking. */
  tick(now?: Date): Promise<TickReport | null>;
  /** Stops the schedule, waits for a running tick and closes the Redis connection. */
  stop(): Promise<void>;
}

/** Every module's reminder providers, named by module. */
export function reminderSources(modules: readonly ZerenModule[]): ReminderSource[] {
  return modules.flatMap((m) => (m.reminders ?? []).map((provide) => ({ module: m.name, provide })));
}

export function robotsOf(config: Pick<RemindersConfig, 'weComUrl' | 'dingTalkUrl' | 'dingTalkSecret'>): RobotChannel[] {
  return [
    ...(config.weComUrl ? [weComRobot(config.weComUrl)] : []),
    ...(config.dingTalkUrl ? [dingTalkRobot(config.dingTalkUrl, config.dingTalkSecret)] : []),
  ];
}

/**
 * The in-process reminder schedule the gateway starts: a croner job in Asia/Shanghai whose timer
 * does not hold the process open, one tick at a time (a Redis lock across gateways when
 * ZEREN_REDIS_URL is set). `schedule: false` gives the ticks without the timer (tests).
 */
export function startReminderScheduler(options: {
  dataSource: DataSource;
  modules: readonly ZerenModule[];
  config: RemindersConfig;
  log: ReminderLog;
  schedule?: boolean;
}): ReminderScheduler {
  const { dataSource, modules, config, log } = options;
  const sources = reminderSources(modules);
  const robots = robotsOf(config);
  const lock: TickLock = config.redisUrl ? redisLock(config.redisUrl) : processLock();
  let running: Promise<unknown> = Promise.resolve();

  const tick = (now?: Date): Promise<TickReport | null> => {
    const run = lock.run(() => runReminderTick({ db: systemDb(dataSource, 'reminder tick'), sources, robots, log, now, portalUrl: config.portalUrl }));
    running = run.catch(() => undefined);
    return run;
  };
  const job =
    options.schedule === false
      ? null
      : new Cron(config.cron, { timezone: 'Asia/Shanghai', protect: true, unref: true }, async () => {
          try {
            const report = await tick();
            if (report === null) log.info({}, 'reminder tick skipped: another gateway holds the lock');
          } catch (error) {
            log.error({ err: error }, 'reminder tick failed');
          }
        });
  return {
    tick,
    async stop() {
      job?.stop();
      await running;
      await lock.close();
    },
  };
}
