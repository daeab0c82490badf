// Every analyst's question in graphql/queries/ runs as is (literal arguments or variable
// defaults) against the embedded graph seeded from seed/documents, and returns the answer its
// comment states.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { apiDependencies, requestContext } from '../../src/api/server.js';
import { loadCorpus } from '../../src/api/services/corpus.service.js';
import { parseDocumentFile } from '../../src/ingest/index.js';
import { linkCorpus } from '../../src/link/index.js';
import type { LinkResult } from '../../src/link/types.js';
import { type SeedReport, seedCorpus, seedFiles } from '../../src/seed/index.js';
import { type ApiHarness, bearer, openApiHarness } from './harness.js';

const DIR = 'graphql/queries';
const files = readdirSync(DIR)
  .filter((f) => f.endsWith('.graphql'))
  .sort();
let api: ApiHarness;
let seeded: SeedReport;

beforeAll(async () => {
  api = await openApiHarness();
  seeded = await seedCorpus(api.store, await seedFiles(['seed/documents']));
}, 300_000);
afterAll(() => api?.close());

// Loose JSON of one answer; each assertion below picks what its question asks.
/* eslint-disable @typescript-eslint/no-explicit-any */
type Answer = any;
const run = async (file: string): Promise<Answer> => {
  const result = await api.execute(readFileSync(path.join(DIR, file), 'utf8'));
  expect(result.errors).toEqual([]);
  return result.data;
};
const count = (
  list: { count: number; level?: string; region?: { name: string } | null }[],
  key: 'level' | 'region',
) => Object.fromEntries(list.map((c) => [key === 'level' ? c.level : c.region?.name, c.count]));
const paths = (list: { path: string }[]) => list.map((p) => p.path);

const ANSWERS: Record<string, (data: Answer) => void> = {
  '01-cascade-central-item-14.graphql': ({ cascade }) => {
    expect(cascade.root.title).toBe('深化执法体制机制改革');
    expect(cascade.totalCount).toBe(19);
    expect(count(cascade.byLevel, 'level')).toEqual({ CITY: 7, COUNTY: 12 });
    expect(count(cascade.byRegion, 'region')).toEqual({ 鞍山市: 5, 龙泉市: 6, 渌口区: 6, 绍兴市: 2 });
    const byRegion = (name: string) =>
      cascade.nodes
        .filter((n: Answer) => n.provision.document.region.name === name)
        .map((n: Answer) => n.provision.path);
    expect(byRegion('鞍山市').sort()).toEqual(
      ['四、(一)5.', '四、(一)6.', '五、(三)11.', '五、(三)12.', '五、(四)18.'].sort(),
    );
    expect(byRegion('绍兴市').sort()).toEqual(['三、(十一)', '四、(十四)']);
    expect(byRegion('渌口区').sort()).toEqual(
      ['三、(三)', '三、(三)12.', '三、(三)13.', '三、(三)14.', '三、(三)16.', '三、(四)23.'].sort(),
    );
    const strongest = [...cascade.nodes].sort((a: Answer, b: Answer) => b.score - a.score)[0];
    expect(strongest.provision.title).toBe('推进乡镇(街道)“一支队伍管执法”');
    expect(strongest.score).toBeCloseTo(0.71, 2);
    expect(cascade.nodes.every((n: Answer) => n.depth === 1)).toBe(true);
    const unit = (name: string, region: string) =>
      cascade.units.find((u: Answer) => u.unit.name === name && u.unit.region?.name === region);
    expect(unit('市司法局', '鞍山市')).toMatchObject({ lead: 4, support: 0 });
    expect(unit('各县(市)区', '鞍山市')).toMatchObject({ lead: 5 });
    expect(unit('开发区', '鞍山市')).toMatchObject({ lead: 5 });
    expect(unit('县政府法制办', '渌口区')).toMatchObject({ lead: 2, support: 5 });
    expect(unit('县编办', '渌口区')).toMatchObject({ lead: 3, support: 3 });
    expect(unit('市司法局', '龙泉市')).toMatchObject({ lead: 1, coLead: 1, support: 2 });
  },
  '02-central-items-no-county-implements.graphql': ({ coverage }) => {
    expect(coverage.requirementCount).toBe(20);
    expect(coverage.coveredCount).toBe(13);
    expect(coverage.uncovered.map((r: Answer) => `${r.path} ${r.title}`)).toEqual([
      '一、(一) 指导思想',
      '一、(二) 工作原则',
      '一、(三) 主要目标',
      '二、(四) 牢牢把握市县法治建设正确方向',
      '二、(六) 规范依法治市、县委员会协调小组运行',
      '二、(七) 加强依法治市、县委员会办公室建设',
      '三、(九) 着力服务市县经济高质量发展',
    ]);
    expect(coverage.byLevel).toEqual([
      { level: 'COUNTY', documents: 2, cells: 40, covered: 21, missing: 19, deficitPercent: 47.5 },
    ]);
  },
  '03-anshan-justice-bureau-workload.graphql': ({ units }) => {
    expect(units.totalCount).toBe(1);
    const [unit] = units.nodes;
    expect(unit.name).toBe('市司法局');
    expect(unit.region.name).toBe('鞍山市');
    expect(unit.workload).toEqual({ lead: 74, coLead: 0, support: 0, total: 74, documents: 1 });
    expect(unit.lead.totalCount).toBe(74);
    expect(unit.support.totalCount).toBe(0);
    expect(unit.lead.nodes[0].provision.path).toBe('二、(一)2.');
  },
  '04-fengqiao-experience-per-level.graphql': ({ concept }) => {
    expect(concept.provisionCount).toBe(14);
    expect(count(concept.byLevel, 'level')).toEqual({ CENTRAL: 1, CITY: 11, COUNTY: 2 });
    expect(count(concept.byRegion, 'region')).toEqual({ 绍兴市: 10, 龙泉市: 2, 全国: 1, 鞍山市: 1 });
    const central = concept.provisions.nodes.filter((p: Answer) => p.level === 'CENTRAL');
    expect(central.map((p: Answer) => `${p.path} ${p.title}`)).toEqual(['三、(十) 着力维护基层安全稳定']);
    expect(paths(concept.provisions.nodes.filter((p: Answer) => p.level === 'COUNTY'))).toEqual([
      '二、(三)10.',
      '二、(六)21.',
    ]);
    expect(
      paths(concept.provisions.nodes.filter((p: Answer) => p.document.title.startsWith('鞍山'))),
    ).toEqual(['四、(三)49.']);
  },
  '05-trace-county-task-upward.graphql': ({ trace }) => {
    expect(paths(trace.starts)).toEqual(['三、(三)13.', '三、(三)', '三、']);
    expect(trace.roots.map((r: Answer) => `${r.path} ${r.title}`)).toEqual([
      '三、(十四) 深化执法体制机制改革',
    ]);
    expect(trace.roots.every((r: Answer) => r.document.level === 'CENTRAL')).toBe(true);
    const edge = (from: string) => trace.edges.find((e: Answer) => e.source.localId.endsWith(`:${from}`));
    expect(edge('三、(三)13.').target.localId).toMatch(/:三、\(十四\)$/);
    expect(edge('三、(三)13.').score).toBeCloseTo(0.41, 2);
    expect(edge('三、(三)').target.localId).toMatch(/:三、\(十四\)$/);
    expect(edge('三、(三)').score).toBeCloseTo(0.31, 2);
    expect(trace.edges).toHaveLength(2);
  },
  '06-search-three-enforcement-systems.graphql': ({ all, county, zhejiang }) => {
    expect(all.terms).toEqual(['行政', '执法', '三项', '制度']);
    expect(all.totalCount).toBe(2);
    expect(
      all.nodes.map((n: Answer) => `${n.provision.level} ${n.provision.path} ${n.provision.title}`).sort(),
    ).toEqual(
      ['CITY 四、(十五) 坚持严格规范公正文明执法', 'COUNTY 二、(二)8. 推进严格规范公正文明执法'].sort(),
    );
    expect(county.totalCount).toBe(1);
    expect(zhejiang.totalCount).toBe(2);
  },
  '07-compare-anshan-shaoxing.graphql': ({ compare }) => {
    const kinds = compare.pairs.reduce(
      (acc: Record<string, number>, p: Answer) => ({ ...acc, [p.kind]: (acc[p.kind] ?? 0) + 1 }),
      {},
    );
    expect(kinds).toEqual({ SIMILAR_TO: 20, SHARED_REQUIREMENT: 244 });
    expect(compare.pairs[0]).toMatchObject({
      kind: 'SIMILAR_TO',
      a: { path: '八、(四)15.', title: '健全法治鞍山建设推进机制' },
      b: { path: '二、(六)', title: '健全法治绍兴建设推进机制' },
    });
    const shared = compare.pairs.find(
      (p: Answer) =>
        p.kind === 'SHARED_REQUIREMENT' && p.a.path === '四、(一)5.' && p.b.path === '四、(十四)',
    );
    expect(paths(shared.via)).toEqual(['三、(十四)']);
    expect(compare.onlyInA).toHaveLength(71);
    expect(compare.onlyInB).toHaveLength(11);
  },
  '08-busiest-units.graphql': ({ units }) => {
    expect(units.totalCount).toBe(147);
    expect(
      units.nodes
        .slice(0, 5)
        .map((u: Answer) => [u.name, u.region.name, u.workload.lead, u.workload.support]),
    ).toEqual([
      ['各县(市)区', '鞍山市', 81, 0],
      ['开发区', '鞍山市', 81, 0],
      ['市司法局', '鞍山市', 74, 0],
      ['市中级人民法院', '鞍山市', 43, 0],
      ['县政府法制办', '渌口区', 7, 35],
    ]);
    expect(units.nodes[0].collective).toBe(true);
  },
  '09-central-coverage-deficit.graphql': ({ coverage }) => {
    expect(coverage.against).toHaveLength(4);
    expect(coverage.requirementCount).toBe(20);
    expect(coverage.coveredCount).toBe(16);
    expect(coverage.total).toEqual({ cells: 80, covered: 52, missing: 28, deficitPercent: 35 });
    expect(coverage.byLevel.map((t: Answer) => [t.level, t.documents, t.deficitPercent])).toEqual([
      ['CITY', 2, 22.5],
      ['COUNTY', 2, 47.5],
    ]);
    expect(
      Object.fromEntries(coverage.byRegion.map((t: Answer) => [t.region.name, t.deficitPercent])),
    ).toEqual({
      鞍山市: 20,
      绍兴市: 25,
      渌口区: 45,
      龙泉市: 50,
    });
    const noEvidence = coverage.requirements
      .filter((r: Answer) => r.gaps.length === 4)
      .map((r: Answer) => r.requirement.path);
    expect(noEvidence).toEqual(['一、(一)', '一、(二)', '一、(三)', '二、(七)']);
  },
  '10-zhejiang-documents.graphql': ({ documents }) => {
    expect(documents.totalCount).toBe(2);
    const [shaoxing, longquan] = documents.nodes;
    expect(shaoxing).toMatchObject({
      title: '法治绍兴建设规划(2021—2025年)',
      level: 'CITY',
      date: '2021-05-27',
      region: { name: '绍兴市' },
      provisions: { totalCount: 47 },
    });
    expect(longquan).toMatchObject({
      level: 'COUNTY',
      region: { name: '龙泉市', parent: { name: '丽水市' } },
      provisions: { totalCount: 37 },
    });
    expect(longquan.implementsDocuments).toHaveLength(4);
    expect(
      longquan.implementsDocuments.filter((d: Answer) => !d.referencedOnly).map((d: Answer) => d.title),
    ).toEqual(['中央全面依法治国委员会关于进一步加强市县法治建设的意见']);
    expect(longquan.implementsDocuments.map((d: Answer) => d.title)).toContain(
      '法治中国建设规划(2020—2025年)',
    );
  },
  '11-corpus-overview.graphql': ({ stats }) => {
    expect(stats).toEqual({
      engine: 'kuzu',
      documents: 5,
      referencedDocuments: 28,
      provisions: 388,
      implementations: 188,
      units: 151,
      concepts: 228,
      targets: 41,
      documentsByLevel: [
        { level: 'CENTRAL', count: 1 },
        { level: 'CITY', count: 2 },
        { level: 'COUNTY', count: 2 },
      ],
    });
  },
  '12-neighborhood-central-item-14.graphql': ({ neighborhood }) => {
    expect(neighborhood.truncated).toBe(false);
    expect(neighborhood.nodes).toHaveLength(25);
    expect(neighborhood.edges).toHaveLength(24);
    const types = neighborhood.edges.reduce(
      (acc: Record<string, number>, e: Answer) => ({ ...acc, [e.type]: (acc[e.type] ?? 0) + 1 }),
      {},
    );
    expect(types).toEqual({ HAS_CHILD: 1, MENTIONS: 4, IMPLEMENTS: 19 });
    const centre = neighborhood.nodes.find((n: Answer) => n.depth === 0);
    expect(centre.caption).toBe('三、(十四) 深化执法体制机制改革');
  },
};

describe("graphql/queries: the analysts' questions on the seed corpus", () => {
  it('holds at least ten questions, each with a question and an expected answer', () => {
    expect(files.length).toBeGreaterThanOrEqual(10);
    expect(Object.keys(ANSWERS).sort()).toEqual(files);
    for (const file of files) {
      const text = readFileSync(path.join(DIR, file), 'utf8');
      expect(text, file).toMatch(/^# Question: /m);
      expect(text, file).toMatch(/^# Expected answer: /m);
    }
  });

  it.each(files)('%s returns the answer it documents', async (file) => {
    ANSWERS[file](await run(file));
  });
});

describe('linking from the store', () => {
  const edges = (links: LinkResult) =>
    links.implementations
      .map((l) => `${l.sourceId} > ${l.targetId} ${l.score.toFixed(4)} ${l.method}`)
      .sort();

  it('rebuilds the corpus from the graph so that linking it gives exactly the seeded links', async () => {
    const parsed = await Promise.all((await seedFiles(['seed/documents'])).map((f) => parseDocumentFile(f)));
    const fromFiles = linkCorpus(parsed);
    const context = requestContext(
      apiDependencies({ config: api.config, store: api.store, logger: pino({ level: 'silent' }) }),
    );
    const fromStore = linkCorpus(await loadCorpus(context));
    expect(edges(fromStore)).toEqual(edges(fromFiles));
    expect(fromStore.documentLinks.length).toBe(fromFiles.documentLinks.length);
    expect(fromStore.referencedDocuments.map((d) => d.id).sort()).toEqual(
      fromFiles.referencedDocuments.map((d) => d.id).sort(),
    );
    expect(fromStore.similarities.length).toBe(fromFiles.similarities.length);
  });

  it('relinks the seeded graph to the same links it was seeded with', async () => {
    const before = await api.store.counts();
    const result = await api.execute<{ relink: Record<string, number> }>(
      `mutation { relink { implementations similarities documentLinks referencedDocuments } }`,
      {},
      { authorization: bearer() },
    );
    expect(result.errors).toEqual([]);
    expect(result.data!.relink).toEqual(seeded.links);
    expect(await api.store.counts()).toEqual(before);
  });
});
