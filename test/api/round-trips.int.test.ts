// One GraphQL request costs a bounded number of store round trips whatever its result size:
// every relation goes through a per-request DataLoader, so a nested query over many provisions
// costs one batched read per relation and level, not one per provision.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext } from '../../src/api/context.js';
import { CorpusCache } from '../../src/api/corpus-cache.js';
import { hasCode } from '../../src/errors.js';
import type { ParsedDocument } from '../../src/ingest/schema.js';
import type { LinkResult } from '../../src/link/types.js';
import { pino } from 'pino';
import { graphCorpus } from '../fixtures/graph/corpus.js';
import { type ApiHarness, openApiHarness } from './harness.js';

let api: ApiHarness;

/** A request context outside any GraphQL request, to drive its loaders directly. */
const bareContext = (requestId: string) =>
  createContext({
    requestId,
    config: api.config,
    store: api.store,
    corpus: new CorpusCache(() => api.store.corpusRevision()),
    logger: pino({ level: 'silent' }),
    authenticated: false,
  });
const c = graphCorpus('rt-');
const big = (id: string, size: number): ParsedDocument => ({
  ...c.city,
  id,
  title: `大型实施方案${id}`,
  sourceFile: `${id}.txt`,
  docNumber: null,
  citations: [],
  provisions: Array.from({ length: size }, (_, i) => ({
    id: `${id}:${i + 1}.`,
    path: `${i + 1}.`,
    parentPath: null,
    kind: 'task' as const,
    ordinal: `${i + 1}.`,
    ordinalNumber: i + 1,
    order: i,
    depth: 0,
    title: null,
    text: `第${i + 1}项任务：深化综合行政执法体制改革。`,
    original: `第${i + 1}项任务：深化综合行政执法体制改革。`,
    units: [
      { name: `责任单位${i % 7}`, role: 'lead' as const, collective: false, regionCode: '210300' },
      { name: '市司法局', role: 'support' as const, collective: false, regionCode: '210300' },
    ],
    targets: [],
    concepts: [{ name: '综合行政执法', category: 'law-enforcement', source: 'lexicon' as const, spans: [] }],
    citations: [],
  })),
});
const small = big('rt-small', 30);
const large = big('rt-large', 150);
const links: LinkResult = {
  ...c.links,
  implementations: [
    ...c.links.implementations,
    ...[small, large].flatMap((d) =>
      d.provisions.map((p, i) => ({
        sourceId: p.id,
        targetId: `${c.ids.centralId}:二、(${i % 2 === 0 ? '十四' : '十五'})`,
        score: 0.5 + (i % 5) / 10,
        method: 'concept' as const,
        evidence: { summary: '共享概念: 综合行政执法', matches: [], signals: { concept: 0.5 } },
      })),
    ),
  ],
};

beforeAll(async () => {
  api = await openApiHarness();
  for (const doc of [c.central, c.city, c.county, small, large]) await api.store.writeDocument(doc, links);
  await api.store.replaceLinks(links);
});
afterAll(() => api?.close());

const NESTED = `query ($id: ID!) {
  document(id: $id) {
    title
    region { name }
    provisions(first: 100) {
      totalCount
      nodes {
        path
        document { title }
        parent { path }
        children { path }
        units { role unit { name region { name } } }
        concepts { name }
        targets { text }
        implements { score target { path document { title level } implementedBy(first: 3) { totalCount } } }
        similar { score }
      }
    }
  }
}`;

describe('round trips per request', () => {
  it('costs the same bounded number of batched reads for 30 and for 150 provisions', async () => {
    // The corpus's documents are read once per revision (CorpusCache), by whichever request needs
    // a document first; after that, documents cost no read.
    const warm = await api.execute(NESTED, { id: small.id });
    expect(warm.context.roundTrips.filter((t) => t.name === 'read/documents')).toHaveLength(1);
    const forSmall = await api.execute<{ document: { provisions: { totalCount: number } } }>(NESTED, {
      id: small.id,
    });
    const forLarge = await api.execute<{
      document: { provisions: { totalCount: number; nodes: unknown[] } };
    }>(NESTED, { id: large.id });
    expect(forSmall.errors).toEqual([]);
    expect(forLarge.errors).toEqual([]);
    expect(forSmall.data?.document.provisions.totalCount).toBe(30);
    expect(forLarge.data?.document.provisions.totalCount).toBe(150);
    expect(forLarge.data?.document.provisions.nodes).toHaveLength(100);

    const names = (trips: { name: string }[]) => trips.map((t) => t.name).sort();
    expect(names(forLarge.context.roundTrips)).toEqual(names(forSmall.context.roundTrips));
    expect(names(forLarge.context.roundTrips)).toEqual(
      [
        'read/provisions-by-document',
        'read/provision-parents',
        'read/provision-children',
        'read/assignments-by-provision',
        'read/concepts-by-provision',
        'read/targets-by-provision',
        'read/implements-by-source',
        'read/similar-by-provision',
        'read/provisions-by-id',
        'read/implements-by-target',
      ].sort(),
    );
  });

  it('puts every provision of the page into one batch per relation, in page order', async () => {
    const result = await api.execute(NESTED, { id: large.id });
    const pageIds = large.provisions.slice(0, 100).map((p) => p.id);
    const batch = (name: string) =>
      result.context.roundTrips.filter((t) => t.name === name).map((t) => t.params.ids);
    for (const name of [
      'read/provision-parents',
      'read/provision-children',
      'read/assignments-by-provision',
      'read/concepts-by-provision',
      'read/targets-by-provision',
      'read/implements-by-source',
      'read/similar-by-provision',
    ]) {
      expect(batch(name), name).toEqual([pageIds]);
    }
    // The 100 tasks implement the two central items: one batch of the two targets.
    expect(batch('read/provisions-by-id')).toEqual([
      [`${c.ids.centralId}:二、(十四)`, `${c.ids.centralId}:二、(十五)`],
    ]);
    expect(batch('read/implements-by-target')).toEqual([
      [`${c.ids.centralId}:二、(十四)`, `${c.ids.centralId}:二、(十五)`],
    ]);
    // Units came with their assignments; their region, 210300, is reference data: no read.
    expect(batch('read/regions-by-code')).toEqual([]);
  });

  it('answers loader keys in key order, with NOT_FOUND in the slot of a missing key', async () => {
    const context = bareContext('rt');
    const keys = [`${large.id}:3.`, 'rt-missing:1.', `${large.id}:1.`];
    const results = await context.loaders.provisionById.loadMany(keys);
    expect((results[0] as { path: string }).path).toBe('3.');
    expect(hasCode(results[1], 'NOT_FOUND')).toBe(true);
    expect((results[2] as { path: string }).path).toBe('1.');
    expect(context.roundTrips.map((t) => [t.name, t.params.ids])).toEqual([['read/provisions-by-id', keys]]);
    const again = await context.loaders.provisionById.load(`${large.id}:1.`);
    expect(again.path).toBe('1.');
    expect(context.roundTrips).toHaveLength(1);
  });

  it('reads only the regions that are not reference data', async () => {
    const context = bareContext('rt-regions');
    const [anshan, unknown] = await context.loaders.regionByCode.loadMany(['210300', '999999']);
    expect(anshan).toMatchObject({ code: '210300', name: '鞍山市', level: 'city', parentCode: '210000' });
    expect(hasCode(unknown, 'NOT_FOUND')).toBe(true);
    expect(context.roundTrips.map((t) => [t.name, t.params.ids])).toEqual([
      ['read/regions-by-code', ['999999']],
    ]);
  });

  it('keeps loaders per request: a second request reads the store again', async () => {
    const query = `query ($id: ID!) { provision(id: $id) { path } }`;
    const first = await api.execute(query, { id: `${large.id}:1.` });
    const second = await api.execute(query, { id: `${large.id}:1.` });
    expect(first.context.roundTrips).toHaveLength(1);
    expect(second.context.roundTrips).toHaveLength(1);
    expect(first.context.loaders).not.toBe(second.context.loaders);
  });

  it('bounds a cascade and a coverage by their depth, not by the number of implementing provisions', async () => {
    const cascade = await api.execute<{ cascade: { totalCount: number } }>(
      `query ($from: ID!) { cascade(from: $from) { totalCount nodes { provision { path document { title } units { unit { name } } } } units { unit { name } } byRegion { region { name } count } } }`,
      { from: `${c.ids.centralId}:二、(十四)` },
    );
    expect(cascade.errors).toEqual([]);
    expect(cascade.data?.cascade.totalCount).toBe(2 + 15 + 75);
    expect(cascade.context.roundTrips.length).toBeLessThanOrEqual(10);
    const coverage = await api.execute<{ coverage: { requirementCount: number } }>(
      `query ($doc: ID!) { coverage(document: $doc) { requirementCount total { cells missing deficitPercent } requirements { requirement { path } gaps { title } documents { status document { title } } } } }`,
      { doc: c.ids.centralId },
    );
    expect(coverage.errors).toEqual([]);
    expect(coverage.data?.coverage.requirementCount).toBe(2);
    expect(coverage.context.roundTrips.length).toBeLessThanOrEqual(10);
  });
});
