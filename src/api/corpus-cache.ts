// Corpus-wide reads, and what is counted from them, kept between requests until the stored corpus
// changes. A national coverage of the central opinions reads every document (3,341 rows), decodes
// 42k stored tallies and counts them against the documents, and every such request would read and
// count the same until the next write: more than half of its CPU time.
import { LRUCache } from 'lru-cache';

/**
 * Entries kept at most, least recently used first out. Each is one corpus-wide read or one
 * coverage's figures: nationally the document list and the central opinions' tallies, the largest
 * reads there are, hold 9.6 MB together, and that coverage's figures 7.6 MB (each coverage of the
 * central opinions with other options as much at most).
 */
const MAX_ENTRIES = 16;

interface Entry {
  revision: number;
  value: Promise<unknown>;
}

export class CorpusCache {
  private readonly entries = new LRUCache<string, Entry>({ max: MAX_ENTRIES });

  /** `revision` is the store's corpusRevision: null when the store cannot tell, and then nothing is kept. */
  constructor(private readonly revision: () => number | null) {}

  /** Whether anything is kept: false when the store cannot tell its corpus revision. */
  keeps(): boolean {
    return this.revision() !== null;
  }

  /**
   * The value of `load` for `key` at the corpus's current revision, loaded once per revision. The
   * revision is taken before loading: if a write begins meanwhile, the entry is stale at once. A
   * failed load is not kept.
   */
  get<T>(key: string, load: () => Promise<T>): Promise<T> {
    const revision = this.revision();
    if (revision === null) return load();
    const kept = this.entries.get(key);
    if (kept && kept.revision === revision) return kept.value as Promise<T>;
    const value = load();
    this.entries.set(key, { revision, value });
    value.catch(() => {
      if (this.entries.get(key)?.value === value) this.entries.delete(key);
    });
    return value;
  }
}
