// Mutations with a valid token: ingest (parse → link against the stored corpus → write), delete
// and relink, on the real parser and linker; a failed ingest leaves the graph as it was.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphCorpus } from '../fixtures/graph/corpus.js';
import { type ApiHarness, bearer, openApiHarness } from './harness.js';

let api: ApiHarness;
const c = graphCorpus('mut-');
const CENTRAL_FILE = 'seed/documents/000_23c3c81618f342d0.txt';

beforeAll(async () => {
  api = await openApiHarness();
  for (const doc of [c.city, c.county]) await api.store.writeDocument(doc, c.links);
});
afterAll(() => api?.close());

const INGEST = `mutation ($input: IngestDocumentInput!) {
  ingestDocument(input: $input) {
    provisionCount implementationCount warnings { code message line }
    document { localId title level sourceFile region { code } provisions(first: 1) { totalCount } }
  }
}`;
const codes = (errors: { extensions?: Record<string, unknown> }[]) => errors.map((e) => e.extensions?.code);
const auth = { authorization: bearer() };

describe('ingestDocument', () => {
  it('refuses bad input with BAD_USER_INPUT and writes nothing', async () => {
    const before = await api.store.counts();
    const notChinese = await api.execute(
      INGEST,
      { input: { text: 'hello world, this is not a policy', fileName: 'x.txt' } },
      auth,
    );
    expect(codes(notChinese.errors)).toEqual(['BAD_USER_INPUT']);
    expect(notChinese.errors[0].extensions?.reason).toBe('PARSE_FAILED');
    const both = await api.execute(
      INGEST,
      { input: { text: '法治', file: { base64: 'AA==', fileName: 'a.txt' } } },
      auth,
    );
    expect(codes(both.errors)).toEqual(['BAD_USER_INPUT']);
    const badBase64 = await api.execute(
      INGEST,
      { input: { file: { base64: '@@@', fileName: 'a.txt' } } },
      auth,
    );
    expect(codes(badBase64.errors)).toEqual(['BAD_USER_INPUT']);
    expect(await api.store.counts()).toEqual(before);
  });

  it('parses an uploaded file, links it against the stored corpus and returns it with its warnings', async () => {
    const base64 = readFileSync(CENTRAL_FILE).toString('base64');
    const result = await api.execute<{
      ingestDocument: {
        provisionCount: number;
        implementationCount: number;
        warnings: { code: string }[];
        document: {
          localId: string;
          title: string;
          level: string;
          sourceFile: string;
          region: { code: string };
          provisions: { totalCount: number };
        };
      };
    }>(
      INGEST,
      {
        input: {
          file: { base64, fileName: '000_23c3c81618f342d0.txt' },
          hints: { url: 'https://example.gov.cn/a.html' },
        },
      },
      auth,
    );
    expect(result.errors).toEqual([]);
    const ingested = result.data!.ingestDocument;
    expect(ingested.document).toMatchObject({
      title: '中央全面依法治国委员会关于进一步加强市县法治建设的意见',
      level: 'CENTRAL',
      sourceFile: '000_23c3c81618f342d0.txt',
      region: { code: '000000' },
    });
    expect(ingested.provisionCount).toBe(ingested.document.provisions.totalCount);
    expect(ingested.provisionCount).toBeGreaterThan(20);
    expect(ingested.warnings.map((w) => w.code)).toContain('DATE_NOT_FOUND');

    // The city and county plans of the store now implement provisions of the new central document.
    const edges = await api.execute<{
      document: { provisions: { nodes: { implementedBy: { totalCount: number } }[] } };
    }>(
      `query ($id: ID!) { document(id: $id) { url provisions(first: 100) { nodes { implementedBy { totalCount } } } } }`,
      { id: ingested.document.localId },
    );
    const stored = edges.data!.document.provisions.nodes.reduce((n, p) => n + p.implementedBy.totalCount, 0);
    expect(stored).toBe(ingested.implementationCount);
    expect(stored).toBeGreaterThan(0);
  });

  it('ingests pasted text under the given file name', async () => {
    const text = readFileSync('seed/documents/002_908ab00e98212014.txt', 'utf8');
    const result = await api.execute<{
      ingestDocument: {
        provisionCount: number;
        document: {
          title: string;
          level: string;
          sourceFile: string;
          region: { code: string };
          provisions: { totalCount: number };
        };
      };
    }>(INGEST, { input: { text, fileName: '法治绍兴建设规划.txt' } }, auth);
    expect(result.errors).toEqual([]);
    expect(result.data!.ingestDocument.document).toMatchObject({
      title: '法治绍兴建设规划(2021—2025年)',
      level: 'CITY',
      sourceFile: '法治绍兴建设规划.txt',
      region: { code: '330600' },
    });
    expect(result.data!.ingestDocument.provisionCount).toBe(
      result.data!.ingestDocument.document.provisions.totalCount,
    );
  });

  it('deletes an ingested document, then answers NOT_FOUND for it', async () => {
    const listed = await api.execute<{ documents: { nodes: { localId: string }[] } }>(
      `{ documents(level: CENTRAL, referencedOnly: false) { nodes { localId } } }`,
    );
    const id = listed.data!.documents.nodes[0].localId;
    const deleted = await api.execute<{ deleteDocument: { deleted: boolean } }>(
      `mutation ($id: ID!) { deleteDocument(id: $id) { id deleted } }`,
      { id },
      auth,
    );
    expect(deleted.errors).toEqual([]);
    expect(deleted.data!.deleteDocument.deleted).toBe(true);
    const again = await api.execute(
      `mutation ($id: ID!) { deleteDocument(id: $id) { deleted } }`,
      { id },
      auth,
    );
    expect(codes(again.errors)).toEqual(['NOT_FOUND']);
    const ingestedCentral = await api.execute<{ documents: { totalCount: number } }>(
      `{ documents(level: CENTRAL, referencedOnly: false) { totalCount } }`,
    );
    expect(ingestedCentral.data!.documents.totalCount).toBe(0);
  });

  it('relinks the stored corpus from the store alone', async () => {
    const result = await api.execute<{
      relink: {
        implementations: number;
        similarities: number;
        documentLinks: number;
        referencedDocuments: number;
      };
    }>(`mutation { relink { implementations similarities documentLinks referencedDocuments } }`, {}, auth);
    expect(result.errors).toEqual([]);
    const counts = await api.store.counts();
    expect(result.data!.relink.implementations).toBe(counts.relationships.IMPLEMENTS ?? 0);
    expect(result.data!.relink.similarities).toBe(counts.relationships.SIMILAR_TO ?? 0);
  });
});
