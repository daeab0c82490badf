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
    let conn = this.idle.pop();
    if (conn !== undefined) this.busy++;
    // A waiter is handed a connection that stays counted as busy (see release).
    else conn = await new Promise<C>((resolve) => this.waiters.push(resolve));
    try {
      return await work(conn);
    } finally {
      this.release(conn);
    }
  }

  /**
   * Runs `work` with up to `most` further connections, only those idle right now: it never waits,
   * so under load a read keeps to its own connection.
   */
  async useIdle<T>(most: number, work: (spare: readonly C[]) => Promise<T>): Promise<T> {
    const spare = most > 0 ? this.idle.splice(-most) : [];
    this.busy += spare.length;
    try {
      return await work(spare);
    } finally {
      for (const conn of spare) this.release(conn);
    }
  }

  private release(conn: C): void {
    const waiter = this.waiters.shift();
    // Handed over still busy, so that drain() cannot resolve between this and the waiter's work.
    if (waiter) return waiter(conn);
    this.busy--;
    this.idle.push(conn);
    if (this.busy === 0 && this.drained) this.drained();
  }

  /** Resolves once no read is running. */
  drain(): Promise<void> {
    if (this.busy === 0) return Promise.resolve();
    return new Promise((resolve) => (this.drained = resolve));
  }
}
