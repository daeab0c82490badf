// Corpus-wide reads are kept between requests until the corpus changes (src/api/corpus-cache.ts):
// a second coverage of the central opinions reads neither the documents nor the stored tallies
// again, and a write makes the next request read both afresh and answer for the new corpus.
// Coverage's own figures are kept the same way, per set of options, and answer exactly as the
// figures counted afresh by an API that keeps nothing.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coverage, type CoverageOptions } from '../../src/api/services/coverage.service.js';
import { seedCorpus, seedFiles } from '../../src/seed/index.js';
import { type ApiHarness, bearer, COVERAGE_SELECTION, openApiHarness } from './harness.js';

const CENTRAL = 'doc-000000-48d764f032';
let api: ApiHarness;
/** The same corpus, served by an API that is never told the store's revision, so keeps nothing. */
let keepsNothing: ApiHarness;

beforeAll(async () => {
  const files = await seedFiles(['seed/documents']);
  api = await openApiHarness();
  await seedCorpus(api.store, files);
  keepsNothing = await openApiHarness({}, { view: (store) => ({ ...store, corpusRevision: () => null }) });
  await seedCorpus(keepsNothing.store, files);
}, 300_000);
afterAll(async () => {
  await api?.close();
  await keepsNothing?.close();
});

/* eslint-disable @typescript-eslint/no-explicit-any */
type Answer = any;

const COVERAGE = `query ($doc: ID!) {
  coverage(document: $doc) {
    total { documents cells missing }
    requirements { requirement { localId } gaps { localId } }
  }
}`;
const COUNTY_PLANS = `{ documents(level: COUNTY, referencedOnly: false) { totalCount nodes { localId sourceFile } } }`;
const CORPUS_READS = ['read/documents', 'read/provision-serving'];
const auth = { authorization: bearer() };

const corpusReads = (result: { context: { roundTrips: readonly { name: string }[] } }) =>
  result.context.roundTrips.map((t) => t.name).filter((name) => CORPUS_READS.includes(name));

describe('corpus-wide reads between requests', () => {
  it('are read once per corpus revision, and afresh after every write', async () => {
    const first = await api.execute<Answer>(COVERAGE, { doc: CENTRAL });
    expect(first.errors).toEqual([]);
    expect(corpusReads(first).sort()).toEqual(CORPUS_READS);
    // The documented answer (graphql/queries/09): 4 lower-level plans, 28 of 80 cells missing.
    expect(first.data.coverage.total).toEqual({ documents: 4, cells: 80, missing: 28 });

    const second = await api.execute<Answer>(COVERAGE, { doc: CENTRAL });
    expect(corpusReads(second)).toEqual([]);
    expect(second.data).toEqual(first.data);
    // The documents list shares the kept documents.
    const counties = await api.execute<Answer>(COUNTY_PLANS);
    expect(corpusReads(counties)).toEqual([]);
    // 龙泉 (a county-level city) and 株洲县.
    expect(counties.data.documents.totalCount).toBe(2);
    const county = counties.data.documents.nodes[0];

    // A county plan deleted through the API: the next request reads again and no longer counts it.
    const deleted = await api.execute<Answer>(
      `mutation ($id: ID!) { deleteDocument(id: $id) { deleted } }`,
      { id: county.localId },
      auth,
    );
    expect(deleted.data.deleteDocument.deleted).toBe(true);
    const withoutCounty = await api.execute<Answer>(COVERAGE, { doc: CENTRAL });
    expect(corpusReads(withoutCounty).sort()).toEqual(CORPUS_READS);
    const gapsOf = (answer: Answer) => answer.coverage.requirements.flatMap((r: Answer) => r.gaps);
    const countyGaps = gapsOf(first.data).filter((g: Answer) => g.localId === county.localId).length;
    expect(countyGaps).toBeGreaterThan(0);
    expect(withoutCounty.data.coverage.total).toEqual({ documents: 3, cells: 60, missing: 28 - countyGaps });
    expect(gapsOf(withoutCounty.data)).not.toContainEqual({ localId: county.localId });
    expect((await api.execute<Answer>(COUNTY_PLANS)).data.documents.totalCount).toBe(1);

    // Ingested again: the mutation answers with the document from the new revision's documents,
    // read afresh; the next coverage reads the tallies afresh and gives the first answer.
    const base64 = readFileSync(path.join('seed/documents', county.sourceFile)).toString('base64');
    const ingested = await api.execute<Answer>(
      `mutation ($input: IngestDocumentInput!) { ingestDocument(input: $input) { document { localId title } } }`,
      { input: { file: { base64, fileName: county.sourceFile } } },
      auth,
    );
    expect(ingested.errors).toEqual([]);
    expect(ingested.data.ingestDocument.document.localId).toBe(county.localId);
    expect(corpusReads(ingested)).toEqual(['read/documents']);
    const again = await api.execute<Answer>(COVERAGE, { doc: CENTRAL });
    expect(corpusReads(again)).toEqual(['read/provision-serving']);
    expect(again.data).toEqual(first.data);
  });
});

const DOCUMENT_LOOKUPS = `query ($a: ID!, $b: ID!, $c: ID!) {
  a: document(id: $a) { localId title level }
  b: document(id: $b) { localId title level }
  c: document(id: $c) { localId title level }
}`;

describe('documents looked up by ID', () => {
  it('come from the kept documents, and by ID from a store that keeps nothing', async () => {
    const all = await api.execute<Answer>(`{ documents { nodes { localId title level } } }`);
    // The central opinions, a referenced-only document and a county plan.
    const [a, b, c] = ['CENTRAL', 'xx', 'COUNTY'].map((level) =>
      all.data.documents.nodes.find((d: Answer) => (level === 'xx' ? d.level === null : d.level === level)),
    );
    const ids = { a: a.localId, b: b.localId, c: c.localId };
    const expected = { a, b, c };

    const kept = await api.execute<Answer>(DOCUMENT_LOOKUPS, ids);
    expect(kept.errors).toEqual([]);
    expect(kept.data).toEqual(expected);
    expect(kept.context.roundTrips).toEqual([]);

    const afresh = await keepsNothing.execute<Answer>(DOCUMENT_LOOKUPS, ids);
    expect(afresh.data).toEqual(expected);
    expect(afresh.context.roundTrips.map((t) => t.name)).toEqual(['read/documents-by-id']);
  });

  it('answer NOT_FOUND for an ID not in the corpus, after looking it up in the store', async () => {
    const missing = await api.execute<Answer>(`{ document(id: "doc-not-there") { title } }`);
    expect(missing.errors.map((e: Answer) => e.extensions.code)).toEqual(['NOT_FOUND']);
    expect(missing.context.roundTrips.map((t) => t.name)).toEqual(['read/documents-by-id']);
  });
});

const FULL_COVERAGE = `query ($doc: ID!, $against: [ID!], $kinds: [ProvisionKind!], $maxDepth: Int, $minScore: Float, $weakBelow: Float) {
  coverage(document: $doc, against: $against, kinds: $kinds, maxDepth: $maxDepth, minScore: $minScore, weakBelow: $weakBelow) {${COVERAGE_SELECTION}
  }
}`;

describe('coverage figures between requests', () => {
  it('answer every set of options as figures counted afresh, in any order', async () => {
    const plans = await api.execute<Answer>(
      `{ documents(referencedOnly: false) { nodes { localId level } } }`,
    );
    const lower = plans.data.documents.nodes
      .filter((d: Answer) => d.level !== 'CENTRAL')
      .map((d: Answer) => d.localId);
    expect(lower).toHaveLength(4);
    // Repeated and interleaved, so that a set of options answered from another's figures shows.
    const variants: Record<string, unknown>[] = [
      {},
      { against: [lower[0]] },
      { maxDepth: 1 },
      { minScore: 0.6 },
      {},
      { kinds: ['SECTION'] },
      { weakBelow: 0.9 },
      { against: [lower[1], lower[2]] },
      { maxDepth: 1 },
      { against: [lower[0]] },
      { minScore: 0.6, maxDepth: 2 },
      {},
    ];
    const answers: Answer[] = [];
    for (const variant of variants) {
      const vars = { doc: CENTRAL, ...variant };
      const kept = await api.execute<Answer>(FULL_COVERAGE, vars);
      const afresh = await keepsNothing.execute<Answer>(FULL_COVERAGE, vars);
      expect(kept.errors).toEqual([]);
      expect(afresh.errors).toEqual([]);
      expect(kept.data).toEqual(afresh.data);
      answers.push(kept.data.coverage);
    }
    // The variants do differ: the documented answer (graphql/queries/09), one plan, a walk with a
    // minimum score, sections only, two plans.
    const covered = (i: number) => [
      answers[i].total.documents,
      answers[i].total.cells,
      answers[i].total.covered,
    ];
    expect(covered(0)).toEqual([4, 80, 52]);
    expect(covered(1)).toEqual([1, 20, 15]);
    expect(covered(3)).toEqual([4, 80, 2]);
    expect(covered(5)).toEqual([4, 16, 0]);
    expect(covered(7)).toEqual([2, 40, 27]);
    const weakCells = (i: number) =>
      answers[i].requirements.flatMap((r: Answer) => r.documents).filter((c: Answer) => c.status === 'WEAK')
        .length;
    expect(weakCells(6)).toBeGreaterThan(weakCells(0));
  });

  it('are the same objects for a second request at one revision, and new ones after a write', async () => {
    const options: CoverageOptions = { against: null, kinds: [], maxDepth: 4, minScore: 0, weakBelow: 0.5 };
    const contextOf = async (harness: ApiHarness) => (await harness.execute('{ __typename }')).context;
    const first = await coverage(await contextOf(api), CENTRAL, options);
    const second = await coverage(await contextOf(api), CENTRAL, options);
    expect(second.byRegion).toBe(first.byRegion);
    expect(second.requirements[0].gaps).toBe(first.requirements[0].gaps);
    // The rows are the request's own: its requirement nodes, with the kept figures.
    expect(second.requirements[0]).not.toBe(first.requirements[0]);
    expect(second.requirements[0].byLevel).toBe(first.requirements[0].byLevel);

    const unkept = await coverage(await contextOf(keepsNothing), CENTRAL, options);
    expect((await coverage(await contextOf(keepsNothing), CENTRAL, options)).byRegion).not.toBe(
      unkept.byRegion,
    );

    const deleted = await api.execute<Answer>(
      `mutation ($id: ID!) { deleteDocument(id: $id) { deleted } }`,
      { id: 'no-such-document' },
      auth,
    );
    expect(deleted.data?.deleteDocument.deleted ?? false).toBe(false);
    const afterWrite = await coverage(await contextOf(api), CENTRAL, options);
    expect(afterWrite.byRegion).not.toBe(first.byRegion);
    expect(afterWrite.byRegion).toEqual(first.byRegion);
  });
});
