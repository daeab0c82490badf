// Ingest links only the sources that can touch the new document. On the real seed corpus its
// IMPLEMENTS edges and document links must be exactly those of a full link that touch it, and its
// SIMILAR_TO pairs among a full link's, in the sync and the worker-thread form alike.
import { beforeAll, describe, expect, it } from 'vitest';
import type { ParsedDocument } from '../../src/ingest/schema.js';
import {
  linkCorpus,
  linkDocument,
  linkDocumentParallel,
  linksTouching,
  type LinkResult,
  scopeOf,
} from '../../src/link/index.js';
import { touchingSources } from '../../src/link/touching.js';
import { parseSeedCorpus } from './fixtures.js';

let documents: ParsedDocument[];
let full: LinkResult;
const CENTRAL = 'doc-000000-48d764f032';

beforeAll(async () => {
  documents = await parseSeedCorpus();
  full = linkCorpus(documents);
}, 120_000);

const pairKey = (l: { sourceId: string; targetId: string }) => [l.sourceId, l.targetId].sort().join(' ↔ ');
const offsets = () => {
  const at = new Map<string, { from: number; to: number }>();
  let from = 0;
  for (const d of documents) at.set(d.id, { from, to: (from += d.provisions.length) });
  return at;
};

describe('touchingSources', () => {
  it('takes a county plan alone, and for the central opinions every lower plan too', () => {
    const at = offsets();
    const county = documents.find((d) => d.level === 'county')!;
    expect(touchingSources(documents, county.id)).toEqual([{ ...at.get(county.id)!, similarities: true }]);
    const central = touchingSources(documents, CENTRAL);
    expect(central[0]).toEqual({ ...at.get(CENTRAL)!, similarities: true });
    const sources = central.slice(1).reduce((n, r) => n + r.to - r.from, 0);
    expect(sources).toBe(
      documents.filter((d) => d.level !== 'central').reduce((n, d) => n + d.provisions.length, 0),
    );
    expect(central.slice(1).every((r) => !r.similarities)).toBe(true);
  });

  it('refuses a document that is not in the corpus', () => {
    expect(() => touchingSources(documents, 'doc-missing')).toThrow(/not in the corpus/);
  });
});

describe('linkDocument', () => {
  it('gives every IMPLEMENTS edge and document link of a full link that touches the document', () => {
    for (const document of documents) {
      const expected = linksTouching(full, scopeOf(document));
      const links = linkDocument(documents, document.id);
      expect(links.implementations, document.id).toEqual(expected.implementations);
      expect(links.documentLinks, document.id).toEqual(expected.documentLinks);
      expect(links.referencedDocuments, document.id).toEqual(expected.referencedDocuments);
      // Similar pairs are searched from the document's end only: a subset, with the same scores.
      const fullPairs = new Map(expected.similarities.map((l) => [pairKey(l), l.score]));
      for (const pair of links.similarities)
        expect(fullPairs.get(pairKey(pair)), pairKey(pair)).toBe(pair.score);
    }
  }, 120_000);

  it('finds the seed corpus’ edges into the central opinions and its similar pairs', () => {
    const central = linkDocument(documents, CENTRAL);
    const intoCentral = full.implementations.filter((l) => l.targetId.startsWith(`${CENTRAL}:`));
    expect(intoCentral.length).toBeGreaterThan(20);
    expect(central.implementations).toHaveLength(intoCentral.length);
    const similar = documents
      .map((d) => linkDocument(documents, d.id).similarities.length)
      .reduce((a, b) => a + b, 0);
    expect(similar).toBeGreaterThan(0);
  }, 120_000);
});

describe('linkDocumentParallel', () => {
  it('gives linkDocument’s result on worker threads, in small chunks', async () => {
    for (const id of [CENTRAL, documents.find((d) => d.level === 'county')!.id]) {
      const parallel = await linkDocumentParallel(documents, id, {
        workers: 2,
        minProvisions: 0,
        minSourcesPerWorker: 1,
        chunkSize: 37,
      });
      expect(parallel, id).toEqual(linkDocument(documents, id));
    }
  }, 120_000);
});
