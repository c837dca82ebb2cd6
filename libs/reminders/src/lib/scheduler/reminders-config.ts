import { Cron } from 'croner';

/** How this process sends reminders, from the environment (README: Configuration). */
export interface RemindersConfig {
  /** ZEREN_REMINDERS=off leaves the schedule to other gateways (or turns it off). */
  enabled: boolean;
  /** ZEREN_REMINDER_CRON, in Asia/Shanghai: every 15 minutes by default. */
  cron: string;
  /** ZEREN_REDIS_URL: several gateways then take turns through a Redis lock, one tick at a time. */
  redisUrl: string | null;
  weComUrl: string | null;
  dingTalkUrl: string | null;
  dingTalkSecret: string | null;
  /** ZEREN_PORTAL_URL: the portal's public address, for links in robot posts. */
  portalUrl: string | null;
}

export const DEFAULT_REMINDER_CRON = '*/15 * * * *';

export class RemindersConfigError extends Error {}

/** Reads and checks the reminder settings; a bad value is one line naming it. */
export function remindersConfigFromEnv(env: NodeJS.ProcessEnv): RemindersConfig {
  const value = (name: string) => (env[name]?.trim() ? env[name]!.trim() : null);
  const switched = value('ZEREN_REMINDERS') ?? 'on';
  if (!['on', 'off'].includes(switched)) throw new RemindersConfigError('Invalid configuration: ZEREN_REMINDERS must be on or off');
  const cron = value('ZEREN_REMINDER_CRON') ?? DEFAULT_REMINDER_CRON;
  try {
    new Cron(cron, { paused: true }).stop();
  } catch (error) {
    throw new RemindersConfigError(`Invalid configuration: ZEREN_REMINDER_CRON ${(error as Error).message}`);
  }
  const url = (name: string, protocols: string[]) => {
    const raw = value(name);
    if (raw === null) return null;
    let parsed: URL;
    try {
      parsed = new URL(raw);
    } catch {
      throw new RemindersConfigError(`Invalid configuration: ${name} is not a URL`);
    }
    if (!protocols.includes(parsed.protocol)) throw new RemindersConfigError(`Invalid configuration: ${name} must be a ${protocols.join(' or ')} URL`);
    return raw;
  };
  const dingTalkSecret = value('ZEREN_DINGTALK_SECRET');
  const dingTalkUrl = url('ZEREN_DINGTALK_WEBHOOK_URL', ['https:', 'http:']);
  if (dingTalkSecret && !dingTalkUrl) throw new RemindersConfigError('Invalid configuration: ZEREN_DINGTALK_SECRET is set without ZEREN_DINGTALK_WEBHOOK_URL');
  return {
    enabled: switched === 'on',
    cron,
    redisUrl: url('ZEREN_REDIS_URL', ['redis:', 'rediss:']),
    weComUrl: url('ZEREN_WECOM_WEBHOOK_URL', ['https:', 'http:']),
    dingTalkUrl,
    dingTalkSecret,
    portalUrl: url('ZEREN_PORTAL_URL', ['https:', 'http:']),
  };
}
