// The linker's long-lived structures are packed (shared vector buffers, shared title vectors,
// sorted term arrays); these tests pin that the packing changes nothing a score reads.
import { beforeAll, describe, expect, it } from 'vitest';
import { BlockIndex } from '../../src/link/candidates.js';
import { DEFAULT_LINK_CONFIG } from '../../src/link/config.js';
import { buildCorpus, type Corpus, type Profile } from '../../src/link/profile.js';
import { charBigrams, createJiebaTokenizer } from '../../src/link/text.js';
import { dot, EMPTY_VECTOR, tfidfVector, VectorArena, Vocabulary } from '../../src/link/vectors.js';
import { parseSeedCorpus } from './fixtures.js';

const vocabularyOf = (...texts: string[]): Vocabulary => {
  const vocabulary = new Vocabulary();
  for (const t of texts) vocabulary.addUnit(charBigrams(t));
  return vocabulary;
};

describe('VectorArena', () => {
  it('hands out adjacent views of one buffer until a chunk is full, then starts a new one', () => {
    const arena = new VectorArena(8);
    const a = arena.allocate(3);
    const b = arena.allocate(5);
    const c = arena.allocate(2);
    expect([a.ids.length, b.ids.length, c.ids.length]).toEqual([3, 5, 2]);
    expect(b.ids.buffer).toBe(a.ids.buffer);
    expect(b.ids.byteOffset).toBe(3 * 4);
    expect(b.weights.buffer).toBe(a.weights.buffer);
    expect(c.ids.buffer).not.toBe(a.ids.buffer);
    b.ids.fill(7);
    expect([...a.ids, ...c.ids]).toEqual([0, 0, 0, 0, 0]);
  });

  it('gives a vector longer than a chunk a buffer of its own length, and empty vectors none', () => {
    const arena = new VectorArena(4);
    expect(arena.allocate(10).ids.length).toBe(10);
    expect(arena.allocate(0)).toBe(EMPTY_VECTOR);
  });

  it('packs TF-IDF vectors with exactly the ids and weights of vectors of their own', () => {
    const texts = [
      '依法委托或授予乡镇街道行政执法权',
      '深入推进乡镇街道综合行政执法改革',
      '深入学习贯彻习近平法治思想',
    ];
    const vocabulary = vocabularyOf(...texts);
    const arena = new VectorArena(16);
    for (const text of texts) {
      const ids = charBigrams(text).map((t) => vocabulary.id(t));
      const own = tfidfVector(ids, vocabulary);
      const packed = tfidfVector(ids, vocabulary, arena);
      expect([...packed.ids]).toEqual([...own.ids]);
      expect([...packed.weights]).toEqual([...own.weights]);
      expect(dot(packed, packed)).toBeCloseTo(1, 6);
    }
  });
});

describe('the linker corpus of the seed documents', () => {
  let corpus: Corpus;
  beforeAll(async () => {
    const documents = await parseSeedCorpus();
    corpus = buildCorpus(documents, DEFAULT_LINK_CONFIG, createJiebaTokenizer());
  }, 60_000);

  it("gives a provision's context the very vectors of its ancestors' titles", () => {
    const byPath = new Map(corpus.profiles.map((p) => [`${p.document.id} ${p.entry.provision.path}`, p]));
    const parentOf = ({ document, entry }: Profile) =>
      entry.provision.parentPath === null
        ? undefined
        : byPath.get(`${document.id} ${entry.provision.parentPath}`);
    let shared = 0;
    for (const profile of corpus.profiles) {
      // Ancestors without a title are no context, as in `outlineOf`.
      const titled: Profile[] = [];
      for (let up = parentOf(profile); up; up = parentOf(up)) if (up.entry.provision.title) titled.push(up);
      expect(profile.contextVectors).toHaveLength(titled.length);
      profile.contextVectors.forEach((context, depth) => {
        expect(context, `${profile.entry.provision.id} context ${depth}`).toBe(titled[depth].titleVector);
      });
      shared += titled.length;
    }
    expect(shared).toBeGreaterThan(corpus.profiles.length);
  });

  it('indexes postings per term in the order the profiles were added, on sorted terms', () => {
    const targets = corpus.profiles.filter((p) => p.targetable && p.document.level === 'central');
    const index = new BlockIndex((p) => p.charVector);
    for (const p of targets) index.add(p);
    expect(() => {
      index.freeze();
      index.add(targets[0]);
    }).toThrow('BlockIndex: add after freeze');

    const query = corpus.profiles.find((p) => p.document.level === 'county' && p.linkable)!;
    const visited: [Profile, number][] = [];
    index.accumulate(
      query.charVector,
      corpus.bigrams,
      Infinity,
      () => true,
      (p, v) => visited.push([p, v]),
    );
    // Every target sharing a term is reached, with its exact partial dot product (no df cap here).
    const expected = targets.filter((t) => dot(query.charVector, t.charVector) > 0);
    expect(visited.map(([p]) => p).sort(byId)).toEqual(expected.sort(byId));
    for (const [p, value] of visited) expect(value).toBeCloseTo(dot(query.charVector, p.charVector), 5);
    // Reached in the order of the query's terms, each term's postings in the order added.
    const order: Profile[] = [];
    for (const id of query.charVector.ids) {
      for (const t of targets) if (t.charVector.ids.includes(id) && !order.includes(t)) order.push(t);
    }
    expect(visited.map(([p]) => p)).toEqual(order);
  });
});

const byId = (a: Profile, b: Profile): number => a.entry.provision.id.localeCompare(b.entry.provision.id);
