import { randomUUID } from 'node:crypto';
import Redis from 'ioredis';

/** One tick at a time: in this process, or across every gateway that shares a Redis. */
export interface TickLock {
  /** Runs `work` if no other holder runs a tick now; null when someone else does. */
  run<R>(work: () => Promise<R>): Promise<R | null>;
  close(): Promise<void>;
}

export function processLock(): TickLock {
  let busy = false;
  return {
    async run(work) {
      if (busy) return null;
      busy = true;
      try {
        return await work();
      } finally {
        busy = false;
      }
    },
    // Nothing to release: the flag lives and dies with the process.
    close: () => Promise.resolve(),
  };
}

// Deletes the lock only if it is still ours: a tick that outlived its lease must not free the next holder's.
const RELEASE = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end";

/**
 * SET key token NX PX lease: whoever sets it runs the tick, the others skip this one. The lease
 * bounds a crashed holder; the delivery table, not the lock, is what keeps every send single.
 */
export function redisLock(url: string, options: { key?: string; leaseMs?: number } = {}): TickLock {
  const key = options.key ?? 'zeren:reminders:tick';
  const leaseMs = options.leaseMs ?? 10 * 60_000;
  // No offline queue: with Redis out of reach a tick is skipped (and logged), not queued behind it.
  const redis = new Redis(url, { lazyConnect: true, enableOfflineQueue: false, maxRetriesPerRequest: 1 });
  // Connection errors surface as failed commands in run(); this keeps ioredis from logging each retry.
  redis.on('error', () => undefined);
  // Connected on the first tick; after that ioredis reconnects by itself, and a command while it does fails fast.
  let connecting: Promise<void> | null = null;
  const ready = () => (redis.status === 'wait' ? (connecting ??= redis.connect()) : connecting ?? Promise.resolve());
  return {
    async run(work) {
      await ready();
      const token = randomUUID();
      if ((await redis.set(key, token, 'PX', leaseMs, 'NX')) !== 'OK') return null;
      try {
        return await work();
      } finally {
        await redis.eval(RELEASE, 1, key, token).catch(() => undefined);
      }
    },
    async close() {
      // quit() waits for the server; a client still (re)connecting is only told to stop trying.
      if (redis.status === 'ready') await redis.quit().catch(() => redis.disconnect());
      else redis.disconnect();
    },
  };
}
