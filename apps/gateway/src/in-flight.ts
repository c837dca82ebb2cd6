import type { Response } from 'express';

/** The requests a stop must wait for: counted from arrival until their handler and their answer are both done. */
export class InFlight {
  private readonly open = new Map<object, Response>();
  private waiters: (() => void)[] = [];

  /** Holds the stop until the returned function is called (once is enough; more calls do nothing). */
  enter(res: Response): () => void {
    const token = {};
    this.open.set(token, res);
    return () => {
      if (!this.open.delete(token) || this.open.size > 0) return;
      for (const wake of this.waiters.splice(0)) wake();
    };
  }

  get size(): number {
    return this.open.size;
  }

  /** Answers not yet begun: a stop tells their clients not to reuse the connection. */
  pendingResponses(): Response[] {
    return [...new Set(this.open.values())].filter((res) => !res.headersSent);
  }

  /** True once nothing is in flight; false if `ms` passed first. */
  settled(ms: number): Promise<boolean> {
    if (this.open.size === 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), ms);
      this.waiters.push(() => {
        clearTimeout(timer);
        resolve(true);
      });
    });
  }
}
