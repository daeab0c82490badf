// Safety limits and authentication: depth and complexity limits, the page-size cap, typed error
// codes, and mutations refused without a valid bearer token with nothing written.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_DEPTH } from '../../src/api/limits.js';
import { MAX_PAGE_SIZE } from '../../src/api/pagination.js';
import { graphCorpus } from '../fixtures/graph/corpus.js';
import { type ApiHarness, bearer, openApiHarness } from './harness.js';

let api: ApiHarness;
const c = graphCorpus('lim-');

beforeAll(async () => {
  api = await openApiHarness();
  for (const doc of [c.central, c.city, c.county]) await api.store.writeDocument(doc, c.links);
});
afterAll(() => api?.close());

const codes = (errors: { extensions?: Record<string, unknown> }[]) => errors.map((e) => e.extensions?.code);

describe('query limits', () => {
  it(`refuses a query deeper than ${MAX_DEPTH} with QUERY_TOO_COMPLEX before touching the store`, async () => {
    let selection = 'path';
    for (let i = 0; i < MAX_DEPTH; i++) selection = `parent { ${selection} }`;
    const result = await api.execute(`query Deep($id: ID!) { provision(id: $id) { ${selection} } }`, {
      id: `${c.ids.cityId}:三、(十)1.`,
    });
    expect(codes(result.errors)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(result.context.roundTrips).toEqual([]);
  });

  it('refuses a query whose estimated cost is too high, counting page sizes from variables', async () => {
    const query = `query ($n: Int) { documents(first: $n) { nodes { provisions(first: $n) { nodes { implementedBy(first: $n) { totalCount } } } } } }`;
    const tooBig = await api.execute(query, { n: 100 });
    expect(codes(tooBig.errors)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(tooBig.errors[0].message).toMatch(/estimated cost \d+/);
    expect(tooBig.context.roundTrips).toEqual([]);
    const fine = await api.execute(query, { n: 5 });
    expect(fine.errors).toEqual([]);
  });

  it(`caps page size at ${MAX_PAGE_SIZE}`, async () => {
    const result = await api.execute(`{ documents(first: ${MAX_PAGE_SIZE + 1}) { totalCount } }`);
    expect(codes(result.errors)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors[0].extensions?.details).toEqual({ argument: 'first', max: MAX_PAGE_SIZE });
  });

  it('answers malformed operations and bad arguments with BAD_USER_INPUT', async () => {
    expect(codes((await api.execute(`{ documents { `)).errors)).toEqual(['BAD_USER_INPUT']);
    expect(codes((await api.execute(`{ nope }`)).errors)).toEqual(['BAD_USER_INPUT']);
    expect(codes((await api.execute(`query ($id: ID!) { provision(id: $id) { path } }`)).errors)).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(
      codes(
        (await api.execute(`query ($n: Int) { documents(first: $n) { totalCount } }`, { n: 'ten' })).errors,
      ),
    ).toEqual(['BAD_USER_INPUT']);
    expect(codes((await api.execute(`{ cascade(from: "x", maxDepth: 99) { totalCount } }`)).errors)).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(codes((await api.execute(`{ documents(after: "not-a-cursor") { totalCount } }`)).errors)).toEqual([
      'BAD_USER_INPUT',
    ]);
    const wrongType = await api.execute(`query ($id: ID!) { cascade(from: $id) { totalCount } }`, {
      id: Buffer.from(`Document:${c.ids.cityId}`).toString('base64'),
    });
    expect(codes(wrongType.errors)).toEqual(['BAD_USER_INPUT']);
  });

  it('answers NOT_FOUND for unknown IDs, concepts and regions', async () => {
    expect(codes((await api.execute(`{ provision(id: "lim-nope:一、") { path } }`)).errors)).toEqual([
      'NOT_FOUND',
    ]);
    expect(codes((await api.execute(`{ concept(name: "不存在的概念") { name } }`)).errors)).toEqual([
      'NOT_FOUND',
    ]);
    expect(codes((await api.execute(`{ units(region: "不存在市") { totalCount } }`)).errors)).toEqual([
      'NOT_FOUND',
    ]);
  });
});

describe('authentication', () => {
  const mutations = [
    `mutation { ingestDocument(input: { text: "关于加强法治建设的实施方案\\n一、总体要求\\n(一)指导思想。深入学习贯彻习近平法治思想。", fileName: "x.txt" }) { provisionCount } }`,
    `mutation ($id: ID!) { deleteDocument(id: $id) { deleted } }`,
    `mutation { relink { implementations } }`,
  ];

  it.each([
    ['no header', undefined],
    ['a wrong token', bearer('wrong-token-0123456789abcdef')],
    ['a malformed header', 'Basic dXNlcjpwYXNz'],
  ])(
    'refuses every mutation with %s as UNAUTHENTICATED and writes nothing',
    async (_label, authorization) => {
      const before = await api.store.counts();
      for (const mutation of mutations) {
        const result = await api.execute(mutation, { id: c.ids.cityId }, { authorization });
        expect(codes(result.errors)).toEqual(['UNAUTHENTICATED']);
        expect(result.data).toBeNull();
      }
      expect(await api.store.counts()).toEqual(before);
    },
  );

  it('refuses mutations when the server has no token configured, even with a header', async () => {
    const closed = await openApiHarness({ API_TOKEN: undefined });
    try {
      const result = await closed.execute(mutations[2], {}, { authorization: bearer() });
      expect(codes(result.errors)).toEqual(['UNAUTHENTICATED']);
      expect(result.errors[0].message).toMatch(/no API_TOKEN configured/);
    } finally {
      await closed.close();
    }
  });
});
