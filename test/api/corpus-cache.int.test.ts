// Corpus-wide reads are kept between requests until the corpus changes (src/api/corpus-cache.ts):
// a second coverage of the central opinions reads neither the documents nor the stored tallies
// again, and a write makes the next request read both afresh and answer for the new corpus.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedCorpus, seedFiles } from '../../src/seed/index.js';
import { type ApiHarness, bearer, openApiHarness } from './harness.js';

const CENTRAL = 'doc-000000-48d764f032';
let api: ApiHarness;

beforeAll(async () => {
  api = await openApiHarness();
  await seedCorpus(api.store, await seedFiles(['seed/documents']));
}, 300_000);
afterAll(() => api?.close());

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

    // Ingested again: the first answer, read afresh.
    const base64 = readFileSync(path.join('seed/documents', county.sourceFile)).toString('base64');
    const ingested = await api.execute<Answer>(
      `mutation ($input: IngestDocumentInput!) { ingestDocument(input: $input) { document { localId } } }`,
      { input: { file: { base64, fileName: county.sourceFile } } },
      auth,
    );
    expect(ingested.errors).toEqual([]);
    const again = await api.execute<Answer>(COVERAGE, { doc: CENTRAL });
    expect(corpusReads(again).sort()).toEqual(CORPUS_READS);
    expect(again.data).toEqual(first.data);
  });
});
