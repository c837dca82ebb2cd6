import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { TooManyRequestsError } from '@zeren/shared-errors';

export interface ThrottleLimits {
  /** Password checks on one username (or one user's password change) before it is locked for `blockSeconds`. */
  perUsername: number;
  /** Failed checks from one client address (password spraying across many names). */
  perAddress: number;
  windowSeconds: number;
  blockSeconds: number;
}

export const DEFAULT_THROTTLE: ThrottleLimits = { perUsername: 5, perAddress: 30, windowSeconds: 15 * 60, blockSeconds: 15 * 60 };

/**
 * Counts password checks per username and per client address, in memory: one gateway process is the
 * unit here; several would share a Redis-backed limiter from the same package. An attempt is counted
 * before its password is checked (reserve) and given back when it succeeds (release), so parallel
 * requests cannot all slip past the limit while the slow hash runs.
 */
export class LoginThrottle {
  private readonly byName: RateLimiterMemory;
  private readonly byAddress: RateLimiterMemory;

  constructor(limits: ThrottleLimits = DEFAULT_THROTTLE) {
    this.byName = new RateLimiterMemory({ points: limits.perUsername, duration: limits.windowSeconds, blockDuration: limits.blockSeconds });
    this.byAddress = new RateLimiterMemory({ points: limits.perAddress, duration: limits.windowSeconds, blockDuration: limits.blockSeconds });
  }

  /** Takes one attempt from the username's and the address's allowance, or refuses before any check. */
  async reserveLogin(username: string, address: string): Promise<void> {
    await take(this.byName, nameKey(username), '登录失败次数过多');
    try {
      await take(this.byAddress, address, '登录失败次数过多');
    } catch (error) {
      await this.byName.reward(nameKey(username), 1);
      throw error;
    }
  }

  /** The password was right: the name's failures are forgiven and the address's attempt given back. */
  async releaseLogin(username: string, address: string): Promise<void> {
    await Promise.all([this.byName.delete(nameKey(username)), this.byAddress.reward(address, 1)]);
  }

  /** One's own password change checks the current password: counted per user, like a login. */
  async reservePasswordCheck(userId: string): Promise<void> {
    await take(this.byName, userKey(userId), '当前密码错误次数过多');
  }

  async releasePasswordCheck(userId: string): Promise<void> {
    await this.byName.delete(userKey(userId));
  }
}

async function take(limiter: RateLimiterMemory, key: string, what: string): Promise<void> {
  try {
    await limiter.consume(key);
  } catch (rejection) {
    // consume() rejects with the limiter's state once the allowance is used up (and blocks the key).
    if (!(rejection instanceof RateLimiterRes)) throw rejection;
    const seconds = Math.ceil(rejection.msBeforeNext / 1000);
    throw new TooManyRequestsError(`${what},请 ${Math.ceil(seconds / 60)} 分钟后再试`, seconds);
  }
}

// Usernames and user ids share one limiter; the prefixes keep them apart.
const nameKey = (username: string) => `name:${username.trim().toLowerCase()}`;
const userKey = (userId: string) => `user:${userId}`;
