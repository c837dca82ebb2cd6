import type { DataSource } from 'typeorm';

const gates = new WeakMap<DataSource, TransactionGate>();

/**
 * SQLite has one connection: two transactions interleaving on it would nest and fail. The gate
 * queues them there; on MySQL each transaction takes its own pooled connection, so it is a pass-through.
 */
export class TransactionGate {
  private tail: Promise<unknown> = Promise.resolve();

  private constructor(private readonly serial: boolean) {}

  static for(dataSource: DataSource): TransactionGate {
    let gate = gates.get(dataSource);
    if (!gate) {
      gate = new TransactionGate(dataSource.options.type === 'better-sqlite3');
      gates.set(dataSource, gate);
    }
    return gate;
  }

  run<R>(work: () => Promise<R>): Promise<R> {
    if (!this.serial) return work();
    const result = this.tail.then(work, work);
    this.tail = result.catch(() => undefined);
    return result;
  }
}
