import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { TooManyRequestsError } from '@zeren/shared-errors';

export interface ThrottleLimits {
  /** Failed attempts on one username before it is locked for `blockSeconds`. */
  perUsername: number;
  /** Failed attempts from one client address (password spraying across many names). */
  perAddress: number;
  windowSeconds: number;
  blockSeconds: number;
}

export const DEFAULT_THROTTLE: ThrottleLimits = { perUsername: 5, perAddress: 30, windowSeconds: 15 * 60, blockSeconds: 15 * 60 };

/**
 * Counts failed logins per username and per client address, in memory: one gateway process is the
 * unit here; several would share a Redis-backed limiter from the same package.
 */
export class LoginThrottle {
  private readonly byName: RateLimiterMemory;
  private readonly byAddress: RateLimiterMemory;

  constructor(limits: ThrottleLimits = DEFAULT_THROTTLE) {
    this.byName = new RateLimiterMemory({ points: limits.perUsername, duration: limits.windowSeconds, blockDuration: limits.blockSeconds });
    this.byAddress = new RateLimiterMemory({ points: limits.perAddress, duration: limits.windowSeconds, blockDuration: limits.blockSeconds });
  }

  /** Refuses before any password is checked when either counter is used up. */
  async assertAllowed(username: string, address: string): Promise<void> {
    const [name, addr] = await Promise.all([this.byName.get(key(username)), this.byAddress.get(address)]);
    const blocked = [name, addr].filter((r): r is RateLimiterRes => !!r && r.remainingPoints <= 0);
    if (blocked.length > 0) {
      const seconds = Math.ceil(Math.max(...blocked.map((r) => r.msBeforeNext)) / 1000);
      throw new TooManyRequestsError(`登录失败次数过多,请 ${Math.ceil(seconds / 60)} 分钟后再试`, seconds);
    }
  }

  async recordFailure(username: string, address: string): Promise<void> {
    // consume() rejects once the limit is passed, which is what blocks the key; that rejection is expected.
    await Promise.all([
      this.byName.consume(key(username)).catch(() => undefined),
      this.byAddress.consume(address).catch(() => undefined),
    ]);
  }

  async recordSuccess(username: string): Promise<void> {
    await this.byName.delete(key(username));
  }
}

const key = (username: string) => username.trim().toLowerCase();
