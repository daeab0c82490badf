// CorpusCache on plain data: one load per key and corpus revision, none kept when the store cannot
// tell its revision, failed loads forgotten, and a bounded number of entries.
import { describe, expect, it } from 'vitest';
import { CorpusCache } from '../../src/api/corpus-cache.js';

/** A cache over a revision the test moves, and a loader that counts its calls. */
function fixture(start: number | null = 1) {
  const state = { revision: start, loads: 0 };
  const cache = new CorpusCache(() => state.revision);
  const load = (value: string) => async () => {
    state.loads++;
    return `${value}@${state.revision}#${state.loads}`;
  };
  return { state, cache, load };
}

describe('CorpusCache', () => {
  it('loads a key once per revision and again once the revision moves', async () => {
    const { state, cache, load } = fixture();
    expect(await cache.get('documents', load('d'))).toBe('d@1#1');
    expect(await cache.get('documents', load('d'))).toBe('d@1#1');
    expect(await cache.get('serving:a b', load('s'))).toBe('s@1#2');
    state.revision = 2;
    expect(await cache.get('documents', load('d'))).toBe('d@2#3');
    expect(await cache.get('documents', load('d'))).toBe('d@2#3');
    expect(state.loads).toBe(3);
  });

  it('shares one load between requests that ask while it runs', async () => {
    const { state, cache, load } = fixture();
    const [a, b] = await Promise.all([cache.get('k', load('v')), cache.get('k', load('v'))]);
    expect([a, b]).toEqual(['v@1#1', 'v@1#1']);
    expect(state.loads).toBe(1);
  });

  it('keeps a load that a write overlapped under the revision it began at, so it is read again', async () => {
    const { state, cache } = fixture();
    let loads = 0;
    const overlapped = cache.get('k', async () => {
      loads++;
      state.revision = 2; // a write begins while the corpus is read
      return 'old';
    });
    expect(await overlapped).toBe('old');
    expect(await cache.get('k', async () => `new${++loads}`)).toBe('new2');
  });

  it('keeps nothing when the store cannot tell its revision', async () => {
    const { state, cache, load } = fixture(null);
    await cache.get('k', load('v'));
    await cache.get('k', load('v'));
    expect(state.loads).toBe(2);
  });

  it('forgets a failed load', async () => {
    const { state, cache, load } = fixture();
    await expect(
      cache.get('k', async () => {
        throw new Error('engine unavailable');
      }),
    ).rejects.toThrow('engine unavailable');
    expect(await cache.get('k', load('v'))).toBe('v@1#1');
    expect(state.loads).toBe(1);
  });

  it('keeps at most 16 entries, the least recently used leaving first', async () => {
    const { state, cache, load } = fixture();
    for (let i = 0; i < 16; i++) await cache.get(`k${i}`, load('v'));
    await cache.get('k0', load('v')); // k0 used again; k1 is now the least recent
    await cache.get('k16', load('v'));
    expect(state.loads).toBe(17);
    await cache.get('k0', load('v'));
    expect(state.loads).toBe(17);
    await cache.get('k1', load('v'));
    expect(state.loads).toBe(18);
  });
});
