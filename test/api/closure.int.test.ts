// Coverage (and cascade) answered from the cascade closure (REACHES) must be exactly what the
// walk over IMPLEMENTS edges answers. A minimum score below every stored score (1e-9) keeps the
// walk's answer identical but makes the service walk, so each question is asked both ways on the
// seed corpus and the answers compared whole.
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiDependencies, requestContext } from '../../src/api/server.js';
import { coverage } from '../../src/api/services/coverage.service.js';
import type { GraphStore, Row } from '../../src/graph/port.js';
import type { NamedQuery } from '../../src/graph/queries.js';
import { seedCorpus, seedFiles } from '../../src/seed/index.js';
import { graphCorpus } from '../fixtures/graph/corpus.js';
import { type ApiHarness, COVERAGE_SELECTION, openApiHarness } from './harness.js';

const CENTRAL = 'doc-000000-48d764f032';
let api: ApiHarness;
/** The same graph with every stored summary hidden, as while a write's refresh has not run yet. */
let stale: ApiHarness;
/** The store contract's corpus plus the county's item implementing the city's task: two steps. */
let chain: ApiHarness;
/** The seed corpus, with when each read started and ended. */
let timed: ApiHarness;
const timeline: { name: string; started: number; ended: number }[] = [];
const c = graphCorpus('cl-');

beforeAll(async () => {
  api = await openApiHarness();
  await seedCorpus(api.store, await seedFiles(['seed/documents']));
  stale = await openApiHarness(
    {},
    {
      view: (store): GraphStore => ({
        ...store,
        read: async <R extends Row = Row>(query: NamedQuery, params?: Record<string, unknown>) =>
          (await store.read<R>(query, params)).map((row) =>
            'cascade' in row || 'servingDocuments' in row
              ? { ...row, cascade: null, servingDocuments: null }
              : row,
          ),
      }),
    },
  );
  await seedCorpus(stale.store, await seedFiles(['seed/documents']));
  chain = await openApiHarness();
  for (const doc of [c.central, c.city, c.county]) await chain.store.writeDocument(doc, c.chainedLinks);
  timed = await openApiHarness(
    {},
    {
      view: (store): GraphStore => ({
        ...store,
        read: async <R extends Row = Row>(query: NamedQuery, params?: Record<string, unknown>) => {
          const read = { name: query.name, started: performance.now(), ended: Infinity };
          timeline.push(read);
          try {
            return await store.read<R>(query, params);
          } finally {
            read.ended = performance.now();
          }
        },
      }),
    },
  );
  await seedCorpus(timed.store, await seedFiles(['seed/documents']));
}, 300_000);
afterAll(async () => {
  await api?.close();
  await stale?.close();
  await chain?.close();
  await timed?.close();
});

/* eslint-disable @typescript-eslint/no-explicit-any */
type Answer = any;

const COVERAGE = `query ($doc: ID!, $minScore: Float!, $maxDepth: Int!, $against: [ID!]) {
  coverage(document: $doc, minScore: $minScore, maxDepth: $maxDepth, weakBelow: 0.6, against: $against) {${COVERAGE_SELECTION}
  }
}`;

const readsOf = (trips: readonly { name: string }[]) => new Set(trips.map((t) => t.name));

describe('answers from the cascade closure', () => {
  const CASCADE = `query ($from: ID!, $minScore: Float!, $first: Int, $after: String, $levels: [GovernmentLevel!]) {
    cascade(from: $from, minScore: $minScore, first: $first, after: $after, levels: $levels) {
      totalCount
      pageInfo { hasNextPage endCursor }
      byLevel { level count }
      byRegion { region { code } count }
      nodes { depth score provision { localId } }
      edges { depth implementation { score method evidence { summary } source { localId } target { localId } } }
      unitCount
      units { lead coLead support unit { localId } provisions { localId } }
      topUnits: units(first: 3) { lead unit { localId } }
    }
  }`;
  const central = (path: string) => `${CENTRAL}:${path}`;

  it('give every cascade of the central opinions a walk gives: nodes, edges, counts and units', async () => {
    const ALL_LEVELS = ['CENTRAL', 'PROVINCE', 'CITY', 'COUNTY', 'TOWNSHIP'];
    for (const from of [central('三、(十四)'), central('四、'), central('二、(七)'), central('三、(十五)')]) {
      for (const levels of [null, ['COUNTY']]) {
        // Every level named: the same cascade, computed from the closure instead of the summary.
        const closure = await api.execute(CASCADE, { from, minScore: 0, levels: levels ?? ALL_LEVELS });
        const walked = await api.execute(CASCADE, { from, minScore: 1e-9, levels });
        expect(closure.errors).toEqual([]);
        expect(readsOf(closure.context.roundTrips)).toContain('read/reach-by-ancestor');
        expect(readsOf(closure.context.roundTrips)).not.toContain('read/cascade-step');
        expect(readsOf(walked.context.roundTrips)).toContain('read/cascade-step');
        expect(closure.data).toEqual(walked.data);
        if (levels) continue;
        // The stored summary (graph/cascade-summary.ts) answers the default cascade without the closure.
        const summarized = await api.execute(CASCADE, { from, minScore: 0, levels });
        expect(readsOf(summarized.context.roundTrips)).toContain('read/provision-cascade');
        expect(readsOf(summarized.context.roundTrips)).not.toContain('read/reach-by-ancestor');
        expect(summarized.data).toEqual(closure.data);
        // Not computed yet: the closure answers.
        const unsummarized = await stale.execute(CASCADE, { from, minScore: 0, levels });
        expect(readsOf(unsummarized.context.roundTrips)).toContain('read/reach-by-ancestor');
        expect(unsummarized.data).toEqual(closure.data);
      }
    }
  });

  it("read a summarized cascade's parts only when the query selects them, and all at once", async () => {
    const from = central('三、(十四)');
    const names = (trips: readonly { name: string }[]) => trips.map((t) => t.name).sort();
    const counts = await api.execute(
      `query ($from: ID!) { cascade(from: $from) { totalCount byLevel { count } } }`,
      {
        from,
      },
    );
    expect(counts.errors).toEqual([]);
    // The root and its summary; neither its sub-provisions, nor the page, nor the units.
    expect(names(counts.context.roundTrips)).toEqual(['read/provision-cascade', 'read/provisions-by-id']);

    const PARTS = `query ($from: ID!) {
      cascade(from: $from) { starts { localId } nodes { provision { localId } } units(first: 3) { unit { localId } } }
    }`;
    const parts = await api.execute<Answer>(PARTS, { from });
    expect(parts.errors).toEqual([]);
    expect(parts.data.cascade.starts[0].localId).toBe(from);
    expect(names(parts.context.roundTrips)).toEqual([
      'read/provision-cascade',
      'read/provisions-by-document',
      'read/provisions-by-id',
      'read/provisions-by-id',
      'read/units-by-id',
    ]);
    // The sub-provisions, the page and the units' names do not wait for one another.
    timeline.length = 0;
    const again = await timed.execute(PARTS, { from });
    expect(again.data).toEqual(parts.data);
    const summary = timeline.find((t) => t.name === 'read/provision-cascade')!;
    const after = timeline.filter((t) => t.started >= summary.ended);
    expect(after.map((t) => t.name).sort()).toEqual([
      'read/provisions-by-document',
      'read/provisions-by-id',
      'read/units-by-id',
    ]);
    expect(Math.max(...after.map((t) => t.started))).toBeLessThan(Math.min(...after.map((t) => t.ended)));
  });

  it('page a cascade: the pages hold the whole answer, with counts and units over all of it', async () => {
    const from = central('三、(十四)');
    const whole = (await api.execute(CASCADE, { from, minScore: 0 })).data as Answer;
    expect(whole.cascade.totalCount).toBeGreaterThan(12);
    const nodes: Answer[] = [];
    const edges: Answer[] = [];
    let after: string | null = null;
    for (let pages = 0; ; pages++) {
      const page = (await api.execute(CASCADE, { from, minScore: 0, first: 5, after })).data as Answer;
      expect(page.cascade.nodes.length).toBeLessThanOrEqual(5);
      expect(page.cascade.totalCount).toBe(whole.cascade.totalCount);
      expect(page.cascade.byLevel).toEqual(whole.cascade.byLevel);
      expect(page.cascade.units).toEqual(whole.cascade.units);
      expect(page.cascade.unitCount).toBe(whole.cascade.units.length);
      expect(page.cascade.topUnits).toEqual(
        whole.cascade.units.slice(0, 3).map((u: Answer) => ({ lead: u.lead, unit: u.unit })),
      );
      nodes.push(...page.cascade.nodes);
      edges.push(...page.cascade.edges);
      after = page.cascade.pageInfo.endCursor;
      if (!page.cascade.pageInfo.hasNextPage) break;
      expect(pages).toBeLessThan(10);
    }
    expect(nodes).toEqual(whole.cascade.nodes);
    expect(edges).toEqual(whole.cascade.edges);
  });

  it('give the coverage of the central opinions a walk gives, cell for cell', async () => {
    const closure = await api.execute(COVERAGE, { doc: CENTRAL, minScore: 0, maxDepth: 4 });
    const counted = await stale.execute(COVERAGE, { doc: CENTRAL, minScore: 0, maxDepth: 4 });
    const walked = await api.execute(COVERAGE, { doc: CENTRAL, minScore: 1e-9, maxDepth: 4 });
    expect(closure.errors).toEqual([]);
    expect(walked.errors).toEqual([]);
    // The tallies stored with each requirement; the engine counts them while they are not computed.
    expect(readsOf(closure.context.roundTrips)).toContain('read/provision-serving');
    expect(readsOf(closure.context.roundTrips)).not.toContain('read/reach-by-document');
    expect(readsOf(counted.context.roundTrips)).toContain('read/reach-by-document');
    expect(readsOf(closure.context.roundTrips)).not.toContain('read/cascade-step');
    expect(readsOf(walked.context.roundTrips)).toContain('read/cascade-step');
    // The cells' provisions: the closure rows of the compared documents only.
    expect(readsOf(closure.context.roundTrips)).toContain('read/reach-in-documents');
    expect(readsOf(closure.context.roundTrips)).not.toContain('read/reach-by-ancestor');
    expect(closure.data).toEqual(walked.data);
    expect(counted.data).toEqual(walked.data);
    // The documented answer (graphql/queries/09): 28 of 80 cells missing, 16 of 20 items covered.
    expect(closure.data).toMatchObject({
      coverage: { requirementCount: 20, coveredCount: 16, total: { cells: 80, missing: 28 } },
    });
  });

  it('give the cells of a few compared documents those of a coverage against every document', async () => {
    const all = await api.execute(COVERAGE, { doc: CENTRAL, minScore: 0, maxDepth: 4 });
    const cells = (answer: typeof all, documentId: string) =>
      (answer.data as Answer).coverage.requirements.map((r: Answer) =>
        r.documents.find((d: Answer) => d.document.localId === documentId),
      );
    const documentIds = (all.data as Answer).coverage.requirements[0].documents.map(
      (d: Answer) => d.document.localId,
    );
    expect(documentIds).toHaveLength(4);
    const [first, second] = documentIds;
    const some = await api.execute(COVERAGE, {
      doc: CENTRAL,
      minScore: 0,
      maxDepth: 4,
      against: [first, second],
    });
    expect(some.errors).toEqual([]);
    expect((some.data as Answer).coverage.requirements[0].documents).toHaveLength(2);
    for (const id of [first, second]) expect(cells(some, id)).toEqual(cells(all, id));
    expect(cells(all, first).some((cell: Answer) => cell.provisions.length > 0)).toBe(true);
    const [read] = some.context.roundTrips.filter((t) => t.name === 'read/reach-in-documents');
    expect(read.params.documentIds).toEqual([first, second]);
  });

  it('refuse to list more requirement × document cells than the limit, before reading any tally', async () => {
    const ctx = requestContext(
      apiDependencies({ config: api.config, store: api.store, logger: pino({ level: 'silent' }) }),
    );
    const options = { against: null, kinds: [], maxDepth: 4, minScore: 0, weakBelow: 0.5, listsCells: true };
    // The central opinions' 20 requirements against the 4 lower-level plans: 80 cells.
    await expect(coverage(ctx, CENTRAL, { ...options, maxCells: 79 })).rejects.toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      details: { cells: 80, limit: 79 },
    });
    expect(ctx.roundTrips.map((t) => t.name)).not.toContain('read/provision-serving');
    expect((await coverage(ctx, CENTRAL, { ...options, maxCells: 80 })).requirementCount).toBe(20);
    // Totals and gaps are not cells: no limit applies.
    const totals = await coverage(ctx, CENTRAL, { ...options, listsCells: false, maxCells: 1 });
    expect(totals.total.cells).toBe(80);
  });

  it('fall back to the walk when a path is longer than the walk may go', async () => {
    const shallow = await chain.execute(COVERAGE, { doc: c.ids.centralId, minScore: 0, maxDepth: 1 });
    const deep = await chain.execute(COVERAGE, { doc: c.ids.centralId, minScore: 0, maxDepth: 2 });
    expect(readsOf(shallow.context.roundTrips)).toContain('read/cascade-step');
    expect(readsOf(deep.context.roundTrips)).not.toContain('read/cascade-step');
    for (const [answer, maxDepth] of [
      [shallow, 1],
      [deep, 2],
    ] as const) {
      const walked = await chain.execute(COVERAGE, { doc: c.ids.centralId, minScore: 1e-9, maxDepth });
      expect(answer.errors).toEqual([]);
      expect(answer.data).toEqual(walked.data);
    }
    // Through the city, the county's item serves central item (十四) only when two steps are allowed.
    const served = (answer: typeof deep) =>
      (answer.data as Answer).coverage.requirements
        .find((r: Answer) => r.requirement.localId.endsWith('(十四)'))
        .documents.filter((d: Answer) => d.status !== 'MISSING')
        .map((d: Answer) => d.document.localId)
        .sort();
    expect(served(shallow)).toEqual([c.ids.cityId]);
    expect(served(deep)).toEqual([c.ids.cityId, c.ids.countyId].sort());
  });
});
