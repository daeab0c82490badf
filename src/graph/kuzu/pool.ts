// Small async helpers for the Kuzu executor: a pool of read connections and a lock that runs
// write transactions one after another. Both are per store instance.
export class SerialLock {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(work: () => Promise<T>): Promise<T> {
    const next = this.tail.then(work, work);
    this.tail = next.catch(() => undefined);
    return next;
  }
}

export class ConnectionPool<C> {
  private readonly idle: C[];
  private readonly waiters: ((conn: C) => void)[] = [];
  private busy = 0;
  private drained: (() => void) | null = null;

  constructor(private readonly connections: C[]) {
    this.idle = [...connections];
  }

  all(): readonly C[] {
    return this.connections;
  }

  async use<T>(work: (conn: C) => Promise<T>): Promise<T> {
    const conn = this.idle.pop() ?? (await new Promise<C>((resolve) => this.waiters.push(resolve)));
    this.busy++;
    try {
      return await work(conn);
    } finally {
      this.busy--;
      const waiter = this.waiters.shift();
      if (waiter) waiter(conn);
      else this.idle.push(conn);
      if (this.busy === 0 && this.drained) this.drained();
    }
  }

  /** Resolves once no read is running. */
  drain(): Promise<void> {
    if (this.busy === 0) return Promise.resolve();
    return new Promise((resolve) => (this.drained = resolve));
  }
}
