// Queries over a hand-made corpus (test/fixtures/graph/corpus.ts) written through the real Kuzu
// store: every relation of Document, Provision, Unit, Region, Concept and Target, and the
// analysts' questions, with exact answers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../src/api/ids.js';
import { graphCorpus } from '../fixtures/graph/corpus.js';
import { type ApiHarness, openApiHarness } from './harness.js';

let api: ApiHarness;
const c = graphCorpus('q-');
const { centralId, cityId, countyId, referencedId } = c.ids;

beforeAll(async () => {
  api = await openApiHarness();
  for (const doc of [c.central, c.city, c.county]) await api.store.writeDocument(doc, c.links);
  await api.store.replaceLinks(c.links);
});
afterAll(() => api?.close());

const ok = async <T>(query: string, variables?: Record<string, unknown>) => {
  const result = await api.execute<T>(query, variables);
  expect(result.errors).toEqual([]);
  return result.data as T;
};

describe('documents and provisions', () => {
  it('returns a document with its fields, region and outline', async () => {
    const data = await ok<{ document: Record<string, unknown> }>(
      `query ($id: ID!) { document(id: $id) {
        id localId title issuer docNumber date level sourceFile referencedOnly
        region { code name level parent { code name } }
        provisions(first: 10) { totalCount nodes { path kind title } }
        implementsDocuments { localId referencedOnly title }
        cites { localId }
        citedBy { totalCount }
      } }`,
      { id: cityId },
    );
    expect(data.document).toEqual({
      id: toGlobalId('Document', cityId),
      localId: cityId,
      title: '鞍山市贯彻法治中国建设规划实施方案(2021—2025年)',
      issuer: '中共鞍山市委',
      docNumber: '鞍委发〔2021〕25号',
      date: '2021-12-10',
      level: 'CITY',
      sourceFile: `${cityId}.txt`,
      referencedOnly: false,
      region: { code: '210300', name: '鞍山市', level: 'CITY', parent: { code: '210000', name: '辽宁省' } },
      provisions: {
        totalCount: 3,
        nodes: [
          { path: '三、', kind: 'SECTION', title: '深入推进依法行政' },
          { path: '三、(十)', kind: 'ITEM', title: '严格规范公正文明执法' },
          { path: '三、(十)1.', kind: 'TASK', title: null },
        ],
      },
      implementsDocuments: [
        { localId: referencedId, referencedOnly: true, title: '法治中国建设规划(2020—2025年)' },
      ],
      cites: [{ localId: referencedId }],
      citedBy: { totalCount: 0 },
    });
  });

  it('resolves a provision by local ID with outline, units, concepts, targets and edges', async () => {
    const data = await ok<{ provision: Record<string, unknown> }>(
      `query ($id: ID!) { provision(id: $id) {
        path kind level
        document { localId }
        parent { path }
        children { path }
        units { role unit { name collective region { name } } }
        concepts { name category }
        targets { text metric value unit comparator period deadline provision { path } }
        implements { score method target { localId } evidence { summary matches { kind text sourceSpans { field start end } targetSpans { start end } } signals { name value } } }
        implementedBy { totalCount }
        similar { score source { localId } target { localId } }
      } }`,
      { id: `${cityId}:三、(十)` },
    );
    expect(data.provision).toEqual({
      path: '三、(十)',
      kind: 'ITEM',
      level: 'CITY',
      document: { localId: cityId },
      parent: { path: '三、' },
      children: [{ path: '三、(十)1.' }],
      units: [
        { role: 'LEAD', unit: { name: '市司法局', collective: false, region: { name: '鞍山市' } } },
        { role: 'SUPPORT', unit: { name: '各县(市)区', collective: true, region: { name: '鞍山市' } } },
      ],
      concepts: [{ name: '行政执法三项制度', category: 'law-enforcement' }],
      targets: [
        {
          text: '每年不少于60学时',
          metric: '行政执法人员培训',
          value: 60,
          unit: '学时',
          comparator: '>=',
          period: 'year',
          deadline: '2025',
          provision: { path: '三、(十)' },
        },
        {
          text: '到2025年',
          metric: '行政执法人员培训',
          value: null,
          unit: null,
          comparator: null,
          period: null,
          deadline: '2025',
          provision: { path: '三、(十)' },
        },
      ],
      implements: [
        {
          score: 0.82,
          method: 'COMBINED',
          target: { localId: `${centralId}:二、(十四)` },
          evidence: {
            summary: '共享概念: 行政执法三项制度',
            matches: [
              {
                kind: 'CONCEPT',
                text: '行政执法三项制度',
                sourceSpans: [{ field: 'TEXT', start: 7, end: 38 }],
                targetSpans: [{ start: 56, end: 64 }],
              },
            ],
            signals: [
              { name: 'concept', value: 0.6 },
              { name: 'lexical', value: 0.22 },
            ],
          },
        },
      ],
      implementedBy: { totalCount: 0 },
      similar: [expect.objectContaining({ score: 0.61 })],
    });
    const similar = (
      data.provision.similar as { source: { localId: string }; target: { localId: string } }[]
    )[0];
    expect([similar.source.localId, similar.target.localId].sort()).toEqual([
      `${cityId}:三、(十)`,
      `${countyId}:一、`,
    ]);
  });

  it('fetches any node by global ID and refuses a bare local ID there', async () => {
    const id = toGlobalId('Unit', '210300:市司法局');
    const data = await ok<{ node: Record<string, unknown> }>(
      `query ($id: ID!) { node(id: $id) { __typename id ... on Unit { name } } }`,
      { id },
    );
    expect(data.node).toEqual({ __typename: 'Unit', id, name: '市司法局' });
    const bad = await api.execute(`{ node(id: "no-such-thing") { id } }`);
    expect(bad.errors[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('answers NOT_FOUND for a missing document', async () => {
    const result = await api.execute(`{ document(id: "q-nope") { title } }`);
    expect(result.errors.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);
  });

  it('lists documents with level, region and referenced-only filters and cursors', async () => {
    type Docs = {
      documents: {
        totalCount: number;
        nodes: { localId: string }[];
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
    };
    const all = await ok<Docs>(
      `{ documents(first: 2) { totalCount nodes { localId } pageInfo { hasNextPage endCursor } } }`,
    );
    expect(all.documents.totalCount).toBe(4);
    expect(all.documents.pageInfo.hasNextPage).toBe(true);
    const rest = await ok<Docs>(
      `query ($after: String) { documents(first: 2, after: $after) { totalCount nodes { localId } pageInfo { hasNextPage endCursor } } }`,
      {
        after: all.documents.pageInfo.endCursor,
      },
    );
    expect(rest.documents.pageInfo.hasNextPage).toBe(false);
    expect([...all.documents.nodes, ...rest.documents.nodes].map((n) => n.localId).sort()).toEqual(
      [centralId, cityId, countyId, referencedId].sort(),
    );
    const liaoning = await ok<Docs>(
      `{ documents(region: "辽宁省") { totalCount nodes { localId } pageInfo { hasNextPage endCursor } } }`,
    );
    expect(liaoning.documents.nodes.map((n) => n.localId)).toEqual([cityId]);
    const county = await ok<Docs>(
      `{ documents(level: COUNTY) { totalCount nodes { localId } pageInfo { hasNextPage endCursor } } }`,
    );
    expect(county.documents.nodes.map((n) => n.localId)).toEqual([countyId]);
    const referenced = await ok<Docs>(
      `{ documents(referencedOnly: true) { totalCount nodes { localId } pageInfo { hasNextPage endCursor } } }`,
    );
    expect(referenced.documents.nodes.map((n) => n.localId)).toEqual([referencedId]);
  });
});

describe("analysts' questions", () => {
  const central14 = `${centralId}:二、(十四)`;

  it('cascades a central item to the city provisions implementing it, with their units', async () => {
    type Data = {
      cascade: {
        root: { localId: string };
        starts: { path: string }[];
        nodes: { depth: number; score: number; provision: { localId: string; level: string } }[];
        edges: {
          depth: number;
          implementation: { score: number; source: { localId: string }; target: { localId: string } };
        }[];
        byLevel: { level: string; count: number }[];
        byRegion: { count: number; region: { code: string; name: string } | null }[];
        units: {
          unit: { name: string };
          lead: number;
          coLead: number;
          support: number;
          provisions: { path: string }[];
        }[];
        totalCount: number;
      };
    };
    const data = await ok<Data>(
      `query ($from: ID!) { cascade(from: $from) {
        root { localId } starts { path }
        nodes { depth score provision { localId level } }
        edges { depth implementation { score source { localId } target { localId } } }
        byLevel { level count } byRegion { count region { code name } }
        units { unit { name } lead coLead support provisions { path } }
        totalCount
      } }`,
      { from: toGlobalId('Provision', central14) },
    );
    expect(data.cascade.root.localId).toBe(central14);
    expect(data.cascade.starts).toEqual([{ path: '二、(十四)' }]);
    expect(data.cascade.nodes).toEqual([
      { depth: 1, score: 1, provision: { localId: `${cityId}:三、(十)1.`, level: 'CITY' } },
      { depth: 1, score: 0.82, provision: { localId: `${cityId}:三、(十)`, level: 'CITY' } },
    ]);
    expect(
      data.cascade.edges
        .map((e) => [e.depth, e.implementation.source.localId, e.implementation.score])
        .sort(),
    ).toEqual([
      [1, `${cityId}:三、(十)`, 0.82],
      [1, `${cityId}:三、(十)1.`, 1],
    ]);
    expect(data.cascade.byLevel).toEqual([{ level: 'CITY', count: 2 }]);
    expect(data.cascade.byRegion).toEqual([{ count: 2, region: { code: '210300', name: '鞍山市' } }]);
    expect(data.cascade.totalCount).toBe(2);
    const units = Object.fromEntries(data.cascade.units.map((u) => [u.unit.name, u]));
    expect(Object.keys(units).sort()).toEqual(['各县(市)区', '市司法局', '市委编办'].sort());
    expect(units['市司法局']).toEqual({
      unit: { name: '市司法局' },
      lead: 1,
      coLead: 0,
      support: 0,
      provisions: [{ path: '三、(十)' }],
    });
    expect(units['市委编办']).toMatchObject({ lead: 1, provisions: [{ path: '三、(十)1.' }] });
    expect(units['各县(市)区']).toMatchObject({ lead: 0, support: 1 });
  });

  it('cascades a section through its items and filters by level', async () => {
    type Data = {
      cascade: { nodes: { provision: { localId: string } }[]; byLevel: { level: string; count: number }[] };
    };
    const all = await ok<Data>(
      `query ($from: ID!) { cascade(from: $from) { nodes { provision { localId } } byLevel { level count } } }`,
      {
        from: `${centralId}:二、`,
      },
    );
    expect(all.cascade.byLevel).toEqual([
      { level: 'CITY', count: 2 },
      { level: 'COUNTY', count: 1 },
    ]);
    const county = await ok<Data>(
      `query ($from: ID!) { cascade(from: $from, levels: [COUNTY]) { nodes { provision { localId } } byLevel { level count } } }`,
      { from: `${centralId}:二、` },
    );
    expect(county.cascade.nodes).toEqual([{ provision: { localId: `${countyId}:一、` } }]);
    const strong = await ok<Data>(
      `query ($from: ID!) { cascade(from: $from, minScore: 0.9) { nodes { provision { localId } } byLevel { level count } } }`,
      { from: `${centralId}:二、` },
    );
    expect(strong.cascade.nodes).toEqual([{ provision: { localId: `${cityId}:三、(十)1.` } }]);
  });

  it('keeps a cascade to a region given by name or code, counting only what lies inside it', async () => {
    type Data = {
      cascade: {
        nodes: { provision: { localId: string } }[];
        byRegion: { count: number; region: { name: string } }[];
        totalCount: number;
      };
    };
    const inRegion = (region: string) =>
      ok<Data>(
        `query ($from: ID!, $region: String) { cascade(from: $from, region: $region) {
          nodes { provision { localId } } byRegion { count region { name } } totalCount } }`,
        { from: `${centralId}:二、`, region },
      );
    const hunan = await inRegion('湖南省');
    expect(hunan.cascade.nodes).toEqual([{ provision: { localId: `${countyId}:一、` } }]);
    expect(hunan.cascade.byRegion).toEqual([{ count: 1, region: { name: '渌口区' } }]);
    const anshan = await inRegion('210300');
    expect(anshan.cascade.totalCount).toBe(2);
    expect(anshan.cascade.byRegion).toEqual([{ count: 2, region: { name: '鞍山市' } }]);
    expect((await inRegion('浙江省')).cascade.totalCount).toBe(0);
    expect((await inRegion('全国')).cascade.totalCount).toBe(3);
    const unknown = await api.execute(
      `query ($from: ID!) { cascade(from: $from, region: "火星") { totalCount } }`,
      { from: `${centralId}:二、` },
    );
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('traces a task up to the central requirement through its enclosing item', async () => {
    type Data = {
      trace: {
        starts: { path: string }[];
        nodes: { depth: number; provision: { localId: string } }[];
        roots: { localId: string }[];
        edges: { score: number }[];
      };
    };
    const data = await ok<Data>(
      `query ($from: ID!) { trace(from: $from) { starts { path } nodes { depth provision { localId } } roots { localId } edges { score } } }`,
      { from: `${cityId}:三、(十)1.` },
    );
    expect(data.trace.starts).toEqual([{ path: '三、(十)1.' }, { path: '三、(十)' }, { path: '三、' }]);
    expect(data.trace.nodes).toEqual([{ depth: 1, provision: { localId: central14 } }]);
    expect(data.trace.roots).toEqual([{ localId: central14 }]);
    expect(data.trace.edges.map((e) => e.score).sort()).toEqual([0.82, 1]);
  });

  it('reports coverage of the central requirements with gaps and deficits per level and region', async () => {
    type Cell = {
      document: { localId: string };
      status: string;
      provisionCount: number;
      bestScore: number | null;
    };
    type Total = {
      level: string | null;
      region: { code: string; name?: string } | null;
      documents: number;
      cells: number;
      covered: number;
      missing: number;
      deficitPercent: number;
    };
    type Data = {
      coverage: {
        against: { localId: string }[];
        requirementCount: number;
        coveredCount: number;
        uncovered: { path: string }[];
        requirements: {
          requirement: { path: string };
          implementationCount: number;
          byLevel: { level: string; count: number }[];
          documents: Cell[];
          gaps: { localId: string }[];
        }[];
        total: Total;
        byLevel: Total[];
        byRegion: Total[];
      };
    };
    const data = await ok<Data>(
      `query ($doc: ID!) { coverage(document: $doc, weakBelow: 0.6) {
        against { localId } requirementCount coveredCount uncovered { path }
        requirements { requirement { path } implementationCount byLevel { level count }
          documents { document { localId } status provisionCount bestScore } gaps { localId } }
        total { level region { code } documents cells covered missing deficitPercent }
        byLevel { level region { code } documents cells covered missing deficitPercent }
        byRegion { level region { code name } documents cells covered missing deficitPercent }
      } }`,
      { doc: centralId },
    );
    const cov = data.coverage;
    expect(cov.against.map((d) => d.localId).sort()).toEqual([cityId, countyId].sort());
    expect(cov.requirementCount).toBe(2);
    expect(cov.coveredCount).toBe(2);
    expect(cov.uncovered).toEqual([]);
    const [r14, r15] = cov.requirements;
    expect(r14.requirement.path).toBe('二、(十四)');
    expect(r14.implementationCount).toBe(2);
    expect(r14.byLevel).toEqual([{ level: 'CITY', count: 2 }]);
    expect(
      Object.fromEntries(
        r14.documents.map((d) => [d.document.localId, [d.status, d.provisionCount, d.bestScore]]),
      ),
    ).toEqual({
      [cityId]: ['IMPLEMENTED', 2, 1],
      [countyId]: ['MISSING', 0, null],
    });
    expect(r14.gaps).toEqual([{ localId: countyId }]);
    expect(r15.requirement.path).toBe('二、(十五)');
    expect(
      Object.fromEntries(
        r15.documents.map((d) => [d.document.localId, [d.status, d.provisionCount, d.bestScore]]),
      ),
    ).toEqual({
      [cityId]: ['MISSING', 0, null],
      [countyId]: ['WEAK', 1, 0.5],
    });
    expect(cov.total).toEqual({
      level: null,
      region: null,
      documents: 2,
      cells: 4,
      covered: 2,
      missing: 2,
      deficitPercent: 50,
    });
    expect(cov.byLevel).toEqual([
      { level: 'CITY', region: null, documents: 1, cells: 2, covered: 1, missing: 1, deficitPercent: 50 },
      { level: 'COUNTY', region: null, documents: 1, cells: 2, covered: 1, missing: 1, deficitPercent: 50 },
    ]);
    expect(cov.byRegion.map((t) => [t.region?.name, t.cells, t.missing])).toEqual([
      ['鞍山市', 2, 1],
      ['渌口区', 2, 1],
    ]);
  });

  it('ranks the units of a region by workload, as lead and support across documents', async () => {
    type Data = {
      units: {
        totalCount: number;
        nodes: {
          name: string;
          workload: { lead: number; coLead: number; support: number; total: number; documents: number };
          tasks: { totalCount: number; nodes: { role: string; provision: { localId: string } }[] };
        }[];
      };
    };
    const data = await ok<Data>(`{ units(region: "鞍山") {
      totalCount nodes { name workload { lead coLead support total documents } tasks(role: SUPPORT) { totalCount nodes { role provision { localId } } } }
    } }`);
    expect(data.units.totalCount).toBe(3);
    expect(data.units.nodes.map((u) => u.name)).toEqual(['市司法局', '市委编办', '各县(市)区']);
    expect(data.units.nodes[0].workload).toEqual({ lead: 1, coLead: 0, support: 1, total: 2, documents: 2 });
    expect(data.units.nodes[0].tasks).toEqual({
      totalCount: 1,
      nodes: [{ role: 'SUPPORT', provision: { localId: `${countyId}:一、` } }],
    });
    const named = await ok<Data>(
      `{ units(region: "210300", name: "司法局") { totalCount nodes { name workload { lead coLead support total documents } tasks { totalCount nodes { role provision { localId } } } } } }`,
    );
    expect(named.units.nodes.map((u) => [u.name, u.tasks.totalCount])).toEqual([['市司法局', 2]]);
  });

  it('shows how a concept is distributed across levels and regions', async () => {
    type Data = {
      concept: {
        name: string;
        provisionCount: number;
        byLevel: { level: string; count: number }[];
        byRegion: { count: number; region: { name: string } | null }[];
        provisions: { totalCount: number; nodes: { localId: string }[] };
      };
    };
    const data = await ok<Data>(`{ concept(name: "行政执法三项制度") {
      name provisionCount byLevel { level count } byRegion { count region { name } } provisions(level: CITY) { totalCount nodes { localId } }
    } }`);
    expect(data.concept).toEqual({
      name: '行政执法三项制度',
      provisionCount: 3,
      byLevel: [
        { level: 'CENTRAL', count: 1 },
        { level: 'CITY', count: 1 },
        { level: 'COUNTY', count: 1 },
      ],
      byRegion: [
        { count: 1, region: { name: '全国' } },
        { count: 1, region: { name: '鞍山市' } },
        { count: 1, region: { name: '渌口区' } },
      ],
      provisions: { totalCount: 1, nodes: [{ localId: `${cityId}:三、(十)` }] },
    });
    const list = await ok<{
      concepts: { totalCount: number; nodes: { name: string; provisionCount: number }[] };
    }>(`{ concepts { totalCount nodes { name provisionCount } } }`);
    expect(list.concepts.totalCount).toBe(3);
    expect(list.concepts.nodes[0]).toEqual({ name: '行政执法三项制度', provisionCount: 3 });
  });

  it('compares two plans: aligned provisions and what is unique to each', async () => {
    type Data = {
      compare: {
        pairs: { kind: string; score: number; a: { localId: string }; b: { localId: string } }[];
        onlyInA: { localId: string }[];
        onlyInB: { localId: string }[];
      };
    };
    const data = await ok<Data>(
      `query ($a: ID!, $b: ID!) { compare(a: $a, b: $b) {
      pairs { kind score a { localId } b { localId } } onlyInA { localId } onlyInB { localId }
    } }`,
      { a: cityId, b: countyId },
    );
    expect(data.compare).toEqual({
      pairs: [
        {
          kind: 'SIMILAR_TO',
          score: 0.61,
          a: { localId: `${cityId}:三、(十)` },
          b: { localId: `${countyId}:一、` },
        },
      ],
      onlyInA: [{ localId: `${cityId}:三、(十)1.` }],
      onlyInB: [],
    });
  });

  it('returns the neighborhood of a provision for the explorer, optionally by label', async () => {
    type Data = {
      neighborhood: {
        truncated: boolean;
        nodes: { label: string; caption: string; depth: number }[];
        edges: { type: string; score: number | null; role: string | null }[];
      };
    };
    const id = toGlobalId('Provision', `${cityId}:三、(十)`);
    const data = await ok<Data>(
      `query ($id: ID!) { neighborhood(id: $id) { truncated nodes { label caption depth } edges { type score role } } }`,
      { id },
    );
    const labels = data.neighborhood.nodes.map((n) => n.label).sort();
    expect(labels).toEqual([
      'CONCEPT',
      'PROVISION',
      'PROVISION',
      'PROVISION',
      'PROVISION',
      'PROVISION',
      'TARGET',
      'TARGET',
      'UNIT',
      'UNIT',
    ]);
    expect(data.neighborhood.edges.map((e) => e.type).sort()).toEqual([
      'ASSIGNED_TO',
      'ASSIGNED_TO',
      'HAS_CHILD',
      'HAS_CHILD',
      'IMPLEMENTS',
      'MENTIONS',
      'SETS_TARGET',
      'SETS_TARGET',
      'SIMILAR_TO',
    ]);
    expect(data.neighborhood.truncated).toBe(false);
    const provisionsOnly = await ok<Data>(
      `query ($id: ID!) { neighborhood(id: $id, labels: [PROVISION], depth: 2, limit: 5) { truncated nodes { label caption depth } edges { type score role } } }`,
      { id },
    );
    expect(provisionsOnly.neighborhood.nodes).toHaveLength(5);
    expect(provisionsOnly.neighborhood.truncated).toBe(true);
  });

  it("names each neighbourhood provision's document, and none for other nodes", async () => {
    type Data = {
      neighborhood: {
        nodes: {
          label: string;
          localId: string;
          document: { id: string; title: string; level: string; region: { name: string } | null } | null;
        }[];
      };
    };
    const data = await ok<Data>(
      `query ($id: ID!) { neighborhood(id: $id) { nodes { label localId document { id title level region { name } } } } }`,
      { id: toGlobalId('Provision', `${cityId}:三、(十)`) },
    );
    const provisions = data.neighborhood.nodes.filter((n) => n.label === 'PROVISION');
    expect(provisions.length).toBeGreaterThan(0);
    for (const p of provisions) {
      const documentId = p.localId.slice(0, p.localId.indexOf(':'));
      expect(p.document?.id).toBe(toGlobalId('Document', documentId));
    }
    expect(provisions.find((p) => p.localId === `${cityId}:三、(十)`)?.document).toEqual({
      id: toGlobalId('Document', cityId),
      title: '鞍山市贯彻法治中国建设规划实施方案(2021—2025年)',
      level: 'CITY',
      region: { name: '鞍山市' },
    });
    expect(
      data.neighborhood.nodes.filter((n) => n.label !== 'PROVISION').every((n) => n.document === null),
    ).toBe(true);
  });

  it('searches Chinese full text with level and region filters', async () => {
    type Data = {
      search: {
        totalCount: number;
        terms: string[];
        nodes: { score: number; provision: { localId: string } }[];
      };
    };
    const all = await ok<Data>(
      `{ search(query: "行政执法三项制度") { totalCount terms nodes { score provision { localId } } } }`,
    );
    expect(all.search.nodes.map((n) => n.provision.localId).sort()).toEqual(
      [central14, `${cityId}:三、(十)`, `${countyId}:一、`].sort(),
    );
    const traditional = await ok<Data>(
      `{ search(query: "行政執法三項制度", region: "湖南省") { totalCount terms nodes { score provision { localId } } } }`,
    );
    expect(traditional.search.nodes.map((n) => n.provision.localId)).toEqual([`${countyId}:一、`]);
    const city = await ok<Data>(
      `{ search(query: "行政执法", level: CITY) { totalCount terms nodes { score provision { localId } } } }`,
    );
    expect(city.search.nodes.map((n) => n.provision.localId).sort()).toEqual([
      `${cityId}:三、(十)`,
      `${cityId}:三、(十)1.`,
    ]);
  });

  it('walks the region tree and reports corpus statistics', async () => {
    type Data = {
      regions: { code: string; name: string }[];
      region: { name: string; parent: { name: string }; documents: { nodes: { localId: string }[] } };
      liaoning: { code: string }[];
      stats: Record<string, unknown>;
    };
    const data = await ok<Data>(`{
      regions { code name }
      region(region: "鞍山") { name parent { name } documents { nodes { localId } } }
      liaoning: regions(parent: "辽宁省") { code }
      stats { engine documents referencedDocuments provisions implementations units concepts targets documentsByLevel { level count } }
    }`);
    expect(data.regions).toEqual([{ code: '000000', name: '全国' }]);
    expect(data.region).toEqual({
      name: '鞍山市',
      parent: { name: '辽宁省' },
      documents: { nodes: [{ localId: cityId }] },
    });
    expect(data.liaoning.map((r) => r.code)).toContain('210300');
    expect(data.stats).toEqual({
      engine: 'kuzu',
      documents: 3,
      referencedDocuments: 1,
      provisions: 7,
      implementations: 3,
      units: 7,
      concepts: 3,
      targets: 3,
      documentsByLevel: [
        { level: 'CENTRAL', count: 1 },
        { level: 'CITY', count: 1 },
        { level: 'COUNTY', count: 1 },
      ],
    });
  });
});
