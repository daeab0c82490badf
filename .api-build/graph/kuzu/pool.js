// Small async helpers for the Kuzu executor: a pool of read connections and a lock that runs
// write transactions one after another. Both are per store instance.
export class SerialLock {
    constructor() {
        this.tail = Promise.resolve();
    }
    run(work) {
        const next = this.tail.then(work, work);
        this.tail = next.catch(() => undefined);
        return next;
    }
}
export class ConnectionPool {
    constructor(connections) {
        this.connections = connections;
        this.waiters = [];
        this.busy = 0;
        this.drained = null;
        this.idle = [...connections];
    }
    all() {
        return this.connections;
    }
    async use(work) {
        const conn = this.idle.pop() ?? (await new Promise((resolve) => this.waiters.push(resolve)));
        this.busy++;
        try {
            return await work(conn);
        }
        finally {
            this.busy--;
            const waiter = this.waiters.shift();
            if (waiter)
                waiter(conn);
            else
                this.idle.push(conn);
            if (this.busy === 0 && this.drained)
                this.drained();
        }
    }
    /** Resolves once no read is running. */
    drain() {
        if (this.busy === 0)
            return Promise.resolve();
        return new Promise((resolve) => (this.drained = resolve));
    }
}
//# sourceMappingURL=pool.js.map