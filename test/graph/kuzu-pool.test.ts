// The Kuzu executor's read pool: a read waits for a connection, borrows only idle ones for its
// per-key statements, and close() (drain) waits for every read, a queued one included.
import { describe, expect, it } from 'vitest';
import { ConnectionPool } from '../../src/graph/kuzu/pool.js';

/** A promise with its resolver, to hold a read open until the test lets it finish. */
function gate(): { open: () => void; opened: Promise<void> } {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

const turn = () => new Promise((resolve) => setImmediate(resolve));

describe('ConnectionPool', () => {
  it('lends only the connections idle at the time, and none when asked for none', async () => {
    const pool = new ConnectionPool(['a', 'b', 'c', 'd']);
    const held = gate();
    const first = pool.use(async (conn) => {
      await held.opened;
      return conn;
    });
    const lent: string[][] = [];
    await pool.use((conn) =>
      pool.useIdle(5, async (spare) => {
        lent.push([conn, ...spare]);
        // Every connection is taken now: a further borrower gets none, and does not wait.
        await pool.useIdle(2, async (none) => void lent.push([...none]));
      }),
    );
    await pool.useIdle(0, async (none) => void lent.push([...none]));
    held.open();
    expect(await first).toBe('d');
    expect(lent).toEqual([['c', 'a', 'b'], [], []]);
  });

  it('gives a waiting read the connection another read returns, lent ones included', async () => {
    const pool = new ConnectionPool(['a', 'b']);
    const held = gate();
    const order: string[] = [];
    const lending = pool.use((conn) =>
      pool.useIdle(1, async (spare) => {
        await held.opened;
        order.push(`lender ${conn}+${spare.join('')}`);
      }),
    );
    const waiting = [1, 2].map((n) => pool.use(async (conn) => void order.push(`waiter ${n} on ${conn}`)));
    await turn();
    expect(order).toEqual([]);
    held.open();
    await Promise.all([lending, ...waiting]);
    expect(order).toEqual(['lender b+a', 'waiter 1 on a', 'waiter 2 on b']);
  });

  it('drains only once every read has finished, a queued one included', async () => {
    const pool = new ConnectionPool(['a']);
    const held = gate();
    const done: string[] = [];
    const running = pool.use(async () => {
      await held.opened;
      done.push('first');
    });
    const queued = pool.use(async () => {
      await turn();
      done.push('queued');
    });
    const drained = pool.drain().then(() => done.push('drained'));
    held.open();
    await Promise.all([running, queued, drained]);
    expect(done).toEqual(['first', 'queued', 'drained']);
  });
});
