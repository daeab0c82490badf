// The GraphStore contract, run against every available engine (kuzu.int.test.ts always,
// neo4j.int.test.ts when a Neo4j is available). `open` must return a fresh, migrated, empty
// store (regions aside) whose write transactions call `faultInjector` before every query.
import { beforeAll, describe, expect, it } from 'vitest';
import { hasCode } from '../../src/errors.js';
import type { FaultInjector } from '../../src/graph/engine.js';
import type { GraphStore } from '../../src/graph/port.js';
import { namedQuery } from '../../src/graph/queries.js';
import { regionRows } from '../../src/graph/regions.js';
import { searchParams } from '../../src/graph/search-terms.js';
import type { ParsedDocument } from '../../src/ingest/schema.js';
import { closureRows } from '../../src/link/reach.js';
import { addCascades } from '../../src/graph/bulk-rows.js';
import { loadGazetteer } from '../../src/regions/index.js';
import { graphCorpus } from '../fixtures/graph/corpus.js';
import { dumpGraph, findNode, nodeProperties, readNodes } from './dump.js';
import { apiReadsContract } from './api-reads.contract.js';

export type StoreFactory = (options: { faultInjector: FaultInjector }) => Promise<GraphStore>;

interface Harness {
  store: GraphStore;
  /** Set to make the next write transactions fail; reset to undefined after. */
  fault: { inject: FaultInjector | undefined };
}

export function graphStoreContract(open: StoreFactory): void {
  const regions = regionRows(loadGazetteer());
  const regionCount = regions.regions.length;
  const partOfCount = regions.parents.length;

  const harness = async (): Promise<Harness> => {
    const fault: Harness['fault'] = { inject: undefined };
    const store = await open({ faultInjector: (e) => fault.inject?.(e) });
    return { store, fault };
  };

  const seed = async (store: GraphStore, c: ReturnType<typeof graphCorpus>) => {
    for (const doc of [c.central, c.city, c.county]) await store.writeDocument(doc, c.links);
    await store.replaceLinks(c.links);
  };

  const search = async (store: GraphStore, query: string, filters = {}) =>
    (await store.read(namedQuery('read/search'), searchParams(query, filters))).map((r) => r.id).sort();

  /** The city plan revised: task 1. dropped (with its unit, target and link), one target fewer. */
  const revised = (c: ReturnType<typeof graphCorpus>): ParsedDocument => ({
    ...c.city,
    title: `${c.city.title}(修订)`,
    provisions: c.city.provisions
      .filter((p) => p.path !== '三、(十)1.')
      .map((p) => (p.path === '三、(十)' ? { ...p, targets: p.targets.slice(0, 1) } : p)),
  });

  describe('writes and counts', () => {
    let h: Harness;
    let c: ReturnType<typeof graphCorpus>;
    beforeAll(async () => {
      h = await harness();
      c = graphCorpus('w-');
      await seed(h.store, c);
    });

    it('counts every node label and relationship type exactly', async () => {
      const counts = await h.store.counts();
      expect(counts.nodes).toEqual({
        Document: 4,
        Provision: 7,
        Unit: 7,
        Concept: 3,
        Target: 3,
        Region: regionCount,
      });
      expect(counts.relationships).toEqual({
        HAS_PROVISION: 7,
        HAS_CHILD: 4,
        ASSIGNED_TO: 5,
        MENTIONS: 7,
        SETS_TARGET: 3,
        CITES: 1,
        IMPLEMENTS_DOC: 1,
        IMPLEMENTS: 3,
        REACHES: 3,
        SIMILAR_TO: 1,
        FOR_REGION: 10,
        ISSUED_BY: 3,
        PART_OF: partOfCount,
      });
    });

    it('writes the region tree with historical aliases', async () => {
      const luKou = await nodeProperties(h.store, 'Region', '430212');
      expect(luKou).toMatchObject({ code: '430212', name: '渌口区', level: 'county', parentCode: '430200' });
      expect(luKou?.aliases).toContain('株洲县');
      // The reference data the API takes without a read is what the graph holds.
      expect(h.store.referenceRegion('430212')).toEqual({
        code: '430212',
        name: '渌口区',
        level: 'county',
        parentCode: '430200',
      });
      expect(h.store.referenceRegion('430212001')).toBeUndefined();
      expect(await nodeProperties(h.store, 'Region', '000000')).toMatchObject({
        name: '全国',
        level: 'central',
      });
      expect(regionCount).toBeGreaterThan(3000);
    });

    it('stores provisions with denormalized level and region, and typed properties', async () => {
      const nodes = await readNodes(h.store);
      const nodeProperties = async (_store: GraphStore, label: string, key: string) =>
        findNode(nodes, label, key);
      const task = await nodeProperties(h.store, 'Provision', `${c.ids.cityId}:三、(十)1.`);
      expect(task).toMatchObject({
        documentId: c.ids.cityId,
        path: '三、(十)1.',
        parentPath: '三、(十)',
        kind: 'task',
        ordinal: '1.',
        ordinalNumber: 1,
        position: 2,
        depth: 2,
        level: 'city',
        regionCode: '210300',
      });
      expect(task?.searchText).toBe(
        '深化 综合 行政 执法 体制 改革 体制改革 行政 执法 案卷 评 查 合格 合格率 达到 95 5',
      );
      // Carriers: the assignments on a provision and on its outline descendants, each once, sorted.
      expect(JSON.parse(String(task?.carriers))).toEqual([
        [`${c.ids.cityId}:三、(十)1.`, '210300:市委编办', 'lead'],
      ]);
      const section = await nodeProperties(h.store, 'Provision', `${c.ids.cityId}:三、`);
      expect(JSON.parse(String(section?.carriers))).toEqual([
        [`${c.ids.cityId}:三、(十)`, '210300:各县(市)区', 'support'],
        [`${c.ids.cityId}:三、(十)`, '210300:市司法局', 'lead'],
        [`${c.ids.cityId}:三、(十)1.`, '210300:市委编办', 'lead'],
      ]);
      const centralSection = await nodeProperties(h.store, 'Provision', `${c.ids.centralId}:二、`);
      expect(centralSection?.carriers).toBe('[]');
      const target = await nodeProperties(h.store, 'Target', `${c.ids.cityId}:三、(十)1.#target-1`);
      expect(target).toMatchObject({ value: 95.5, unit: '%', comparator: '>=', spanStart: 22, spanEnd: 32 });
      const deadline = await nodeProperties(h.store, 'Target', `${c.ids.cityId}:三、(十)#target-2`);
      expect(deadline?.value ?? null).toBeNull();
      expect(await nodeProperties(h.store, 'Target', `${c.ids.cityId}:三、(十)#target-1`)).toMatchObject({
        value: 60,
      });
      expect(await nodeProperties(h.store, 'Unit', '210300:各县(市)区')).toMatchObject({ collective: true });
      expect(await nodeProperties(h.store, 'Concept', '枫桥经验')).toMatchObject({
        boilerplate: false,
        category: 'grassroots',
      });
      expect(await nodeProperties(h.store, 'Document', c.ids.referencedId)).toMatchObject({
        referencedOnly: true,
        titleKey: '法治中国建设规划(2020-2025年)',
      });
      expect(await nodeProperties(h.store, 'Document', c.ids.cityId)).toMatchObject({
        referencedOnly: false,
        docNumber: '鞍委发〔2021〕25号',
        regionName: '鞍山市',
        provisionCount: 3,
      });
    });

    it('keeps link scores and evidence', async () => {
      const { relationships } = await dumpGraph(h.store);
      const implementation = relationships.find((r) => r.startsWith(`IMPLEMENTS ${c.ids.cityId}:三、(十) `));
      expect(implementation).toContain('"score":0.82');
      expect(implementation).toContain('共享概念: 行政执法三项制度');
      expect(relationships.filter((r) => r.startsWith(`IMPLEMENTS ${c.ids.cityId}:三、(十)1.`))[0]).toContain(
        '"score":1',
      );
    });

    it('finds Chinese provisions by full-text search', async () => {
      expect(await search(h.store, '行政执法三项制度')).toEqual(
        [`${c.ids.centralId}:二、(十四)`, `${c.ids.cityId}:三、(十)`, `${c.ids.countyId}:一、`].sort(),
      );
      expect(await search(h.store, '行政執法三項制度')).toHaveLength(3);
      expect(await search(h.store, '综合行政执法')).toEqual(
        [`${c.ids.centralId}:二、(十四)`, `${c.ids.cityId}:三、(十)1.`].sort(),
      );
      expect(await search(h.store, '枫桥经验')).toEqual(
        [`${c.ids.centralId}:二、(十五)`, `${c.ids.countyId}:一、`].sort(),
      );
      expect(await search(h.store, '行政执法三项制度', { level: 'city' })).toEqual([
        `${c.ids.cityId}:三、(十)`,
      ]);
      expect(await search(h.store, '行政执法三项制度', { regionCode: '430000' })).toEqual([
        `${c.ids.countyId}:一、`,
      ]);
      expect(await search(h.store, '量子计算')).toEqual([]);
    });
  });

  describe('idempotency, atomicity, replacement and deletion', () => {
    it('refuses a document that is not a valid ParsedDocument, writing nothing', async () => {
      const { store } = await harness();
      const c = graphCorpus('v-');
      const before = await store.counts();
      const broken = { ...c.city, level: 'galactic' } as unknown as ParsedDocument;
      await expect(store.writeDocument(broken, c.links)).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(await store.counts()).toEqual(before);
      await store.close();
    });

    it('flags boilerplate concepts from the lexicon', async () => {
      const { store } = await harness();
      const c = graphCorpus('b-');
      const guided = {
        ...c.central,
        provisions: c.central.provisions.map((p) =>
          p.path === '二、(十五)'
            ? {
                ...p,
                text: `以习近平法治思想为指导,${p.text}`,
                concepts: [
                  ...p.concepts,
                  {
                    name: '习近平法治思想',
                    category: 'guiding-thought',
                    source: 'lexicon' as const,
                    spans: [],
                  },
                ],
              }
            : p,
        ),
      };
      await store.writeDocument(guided, c.links);
      const nodes = await readNodes(store);
      expect(findNode(nodes, 'Concept', '习近平法治思想')).toMatchObject({ boilerplate: true });
      expect(findNode(nodes, 'Concept', '枫桥经验')).toMatchObject({ boilerplate: false });
      await store.close();
    });

    it('writes nothing new when the same corpus is written again', async () => {
      const { store } = await harness();
      const c = graphCorpus('i-');
      await seed(store, c);
      const first = await dumpGraph(store);
      const counts = await store.counts();
      await seed(store, c);
      expect(await store.counts()).toEqual(counts);
      expect(await dumpGraph(store)).toEqual(first);
      await store.close();
    });

    it('leaves the graph exactly as it was when a write fails halfway', async () => {
      const { store, fault } = await harness();
      const c = graphCorpus('a-');
      await seed(store, c);
      const before = await dumpGraph(store);
      let total = 0;
      fault.inject = () => void total++;
      await store.writeDocument(revised(c), c.links);
      fault.inject = undefined;
      await seed(store, c);
      expect(await dumpGraph(store)).toEqual(before);
      expect(total).toBeGreaterThan(15);
      // Fail at the first, a middle and the last query of a document write.
      for (const failAt of [0, Math.floor(total / 2), total - 1]) {
        let step = 0;
        fault.inject = () => {
          if (step++ === failAt) throw new Error(`injected failure at query ${failAt}`);
        };
        const error = await store.writeDocument(revised(c), c.links).catch((e: unknown) => e);
        expect(hasCode(error, 'STORE_WRITE_FAILED')).toBe(true);
        expect(await dumpGraph(store)).toEqual(before);
      }
      fault.inject = () => {
        throw new Error('injected');
      };
      const newDoc = {
        ...c.county,
        id: 'a-new',
        provisions: c.county.provisions.map((p) => ({ ...p, id: `a-new:${p.path}` })),
      };
      await expect(store.writeDocument(newDoc, c.links)).rejects.toMatchObject({
        code: 'STORE_WRITE_FAILED',
      });
      await expect(store.deleteDocument(c.ids.cityId)).rejects.toMatchObject({ code: 'STORE_WRITE_FAILED' });
      await expect(store.replaceLinks({ ...c.links, implementations: [] })).rejects.toMatchObject({
        code: 'STORE_WRITE_FAILED',
      });
      expect(await dumpGraph(store)).toEqual(before);
      fault.inject = undefined;
      await store.close();
    });

    it('moves its corpus revision at every write, committed or failed, and on no read', async () => {
      const { store, fault } = await harness();
      const c = graphCorpus('rv-');
      // Only an engine that sees every write can number them: not a Neo4j server, which others write.
      expect(store.corpusRevision() === null).toBe(store.engine === 'neo4j');
      const seen = [store.corpusRevision()];
      const moved = () => {
        const revision = store.corpusRevision();
        if (revision !== null) expect(seen).not.toContain(revision);
        seen.push(revision);
      };
      await store.loadCorpus([c.central, c.city, c.county], c.links);
      moved();
      await dumpGraph(store);
      await store.counts();
      await search(store, '综合行政执法');
      expect(store.corpusRevision()).toBe(seen.at(-1));
      let during: number | null | undefined;
      fault.inject = () => void (during ??= store.corpusRevision());
      await store.writeDocument(revised(c), c.links);
      moved();
      // Moved as the write began too, so a read that overlapped it is not taken for current.
      expect(during).toBeDefined();
      if (during !== null) expect(seen).not.toContain(during);
      fault.inject = () => {
        throw new Error('injected');
      };
      await expect(store.replaceLinks(c.links)).rejects.toMatchObject({ code: 'STORE_WRITE_FAILED' });
      fault.inject = undefined;
      moved();
      await store.replaceLinks(c.links);
      moved();
      expect(await store.deleteDocument(c.ids.countyId)).toBe(true);
      moved();
      await store.close();
    });

    it('replaces a changed document without leaving orphans', async () => {
      const { store } = await harness();
      const c = graphCorpus('r-');
      await seed(store, c);
      await store.writeDocument(revised(c), c.links);
      const counts = await store.counts();
      expect(counts.nodes).toMatchObject({ Document: 4, Provision: 6, Unit: 6, Concept: 3, Target: 1 });
      expect(counts.relationships).toMatchObject({
        HAS_PROVISION: 6,
        HAS_CHILD: 3,
        ASSIGNED_TO: 4,
        SETS_TARGET: 1,
        IMPLEMENTS: 2,
      });
      expect(await nodeProperties(store, 'Unit', '210300:市委编办')).toBeUndefined();
      expect(await nodeProperties(store, 'Provision', `${c.ids.cityId}:三、(十)1.`)).toBeUndefined();
      expect(await nodeProperties(store, 'Document', c.ids.cityId)).toMatchObject({
        title: `${c.city.title}(修订)`,
        provisionCount: 2,
      });
      expect(await search(store, '综合行政执法')).toEqual([`${c.ids.centralId}:二、(十四)`]);
      await store.close();
    });

    it('deletes a document and what only it owned', async () => {
      const { store } = await harness();
      const c = graphCorpus('d-');
      await seed(store, c);
      expect(await store.deleteDocument(c.ids.countyId)).toBe(true);
      let counts = await store.counts();
      expect(counts.nodes).toMatchObject({ Document: 3, Provision: 6, Unit: 5, Concept: 3, Target: 3 });
      expect(counts.relationships).toMatchObject({
        CITES: 0,
        SIMILAR_TO: 0,
        IMPLEMENTS: 2,
        ASSIGNED_TO: 3,
        ISSUED_BY: 2,
      });
      expect(await nodeProperties(store, 'Unit', '430212:县司法局')).toBeUndefined();
      expect(await nodeProperties(store, 'Unit', '210300:市司法局')).toBeDefined();
      expect(await store.deleteDocument(c.ids.countyId)).toBe(false);
      expect(await store.deleteDocument('d-no-such-document')).toBe(false);
      expect(await store.deleteDocument(c.ids.referencedId)).toBe(false);

      // The city plan goes; the referenced-only document it alone cited goes with it.
      expect(await store.deleteDocument(c.ids.cityId)).toBe(true);
      counts = await store.counts();
      expect(counts.nodes).toMatchObject({ Document: 1, Provision: 3, Unit: 1, Concept: 3, Target: 0 });
      expect(await nodeProperties(store, 'Document', c.ids.referencedId)).toBeUndefined();
      expect(await store.deleteDocument(c.ids.centralId)).toBe(true);
      counts = await store.counts();
      expect(counts.nodes).toEqual({
        Document: 0,
        Provision: 0,
        Unit: 0,
        Concept: 0,
        Target: 0,
        Region: regionCount,
      });
      expect(Object.values(counts.relationships).reduce((a, b) => a + b, 0)).toBe(partOfCount);
      await store.close();
    });

    it('keeps a cited document as referenced-only when it is deleted, and upgrades a referenced one when ingested', async () => {
      const { store } = await harness();
      const c = graphCorpus('u-');
      await seed(store, c);
      expect(await store.deleteDocument(c.ids.centralId)).toBe(true);
      expect(await nodeProperties(store, 'Document', c.ids.centralId)).toMatchObject({
        referencedOnly: true,
        title: c.central.title,
      });
      expect((await store.counts()).relationships).toMatchObject({ CITES: 1, IMPLEMENTS: 0 });

      const planId = c.ids.referencedId;
      const plan: ParsedDocument = {
        ...c.central,
        id: planId,
        title: '法治中国建设规划(2020—2025年)',
        provisions: c.central.provisions.map((p) => ({ ...p, id: `${planId}:${p.path}` })),
      };
      await store.writeDocument(plan, c.links);
      expect(await nodeProperties(store, 'Document', planId)).toMatchObject({
        referencedOnly: false,
        provisionCount: 3,
      });
      await store.replaceLinks(c.links);
      expect(await nodeProperties(store, 'Document', planId)).toMatchObject({
        referencedOnly: false,
        issuer: '中央全面依法治国委员会',
      });
      expect((await store.counts()).relationships).toMatchObject({ IMPLEMENTS_DOC: 1 });
      await store.close();
    });
  });

  describe('cascade closure (REACHES)', () => {
    const reaches = async (store: GraphStore) =>
      (await dumpGraph(store)).relationships.filter((r) => r.startsWith('REACHES '));
    /** Each provision's stored cascade summary and serving documents (null: stale). */
    const storedCascades = async (store: GraphStore) =>
      Object.fromEntries(
        (await readNodes(store))
          .filter((n) => n.label === 'Provision')
          .map((n) => {
            const p = n.properties as Record<string, unknown>;
            return [String(p.id), [p.cascade ?? null, p.servingDocuments ?? null]];
          }),
      );
    /** The summaries the bulk load would compute from the stored provisions, closure, edges and units. */
    const cascadesOfStoredGraph = async (store: GraphStore) => {
      const nodes = await readNodes(store);
      const rels = await store.read(namedQuery('admin/dump-relationships'));
      const of = (label: string) =>
        nodes.filter((n) => n.label === label).map((n) => ({ ...(n.properties as Record<string, unknown>) }));
      const edges = (type: string) =>
        rels
          .filter((r) => r.type === type)
          .map((r) => ({ from: r.source, to: r.target, ...(r.properties as Record<string, unknown>) }));
      const provisions = of('Provision');
      addCascades(provisions, edges('REACHES'), edges('IMPLEMENTS'), of('Unit'));
      return Object.fromEntries(provisions.map((p) => [String(p.id), [p.cascade, p.servingDocuments]]));
    };
    /** What the closure of the stored IMPLEMENTS edges says the REACHES rows must be. */
    const closureOfStoredEdges = async (store: GraphStore) => {
      const edges = await store.read(namedQuery('admin/implements-all'));
      const documentOf = new Map(edges.map((e) => [String(e.sourceId), String(e.sourceDocumentId)]));
      return closureRows(
        edges.map((e) => ({
          sourceId: String(e.sourceId),
          targetId: String(e.targetId),
          score: Number(e.score),
        })),
      )
        .map(
          (r) =>
            `REACHES ${r.descendantId} -> ${r.ancestorId} ${JSON.stringify({ depth: r.depth, documentId: documentOf.get(r.descendantId), longest: r.longest, score: r.score })}`,
        )
        .sort();
    };

    it('follows every write, delete and relink, in any order of the levels', async () => {
      const { store } = await harness();
      const c = graphCorpus('r-');
      const links = c.chainedLinks;
      const twoStep = `REACHES ${c.county.provisions[0].id} -> ${c.central.id}:二、(十四) {"depth":2,"documentId":"${c.county.id}","longest":2,"score":0.7}`;
      const expectInStep = async () => {
        expect(await reaches(store)).toEqual(await closureOfStoredEdges(store));
        expect(await storedCascades(store)).toEqual(await cascadesOfStoredGraph(store));
      };

      // Lowest level first: each write adds the links to what is already stored.
      for (const doc of [c.county, c.city, c.central]) {
        await store.writeDocument(doc, links);
        await expectInStep();
      }
      expect(await reaches(store)).toContain(twoStep);
      expect(await reaches(store)).toHaveLength(5);

      await store.writeDocument(c.city, links);
      await expectInStep();
      expect(await reaches(store)).toContain(twoStep);

      await store.deleteDocument(c.city.id);
      await expectInStep();
      expect(await reaches(store)).toEqual([
        `REACHES ${c.county.provisions[0].id} -> ${c.central.id}:二、(十五) {"depth":1,"documentId":"${c.county.id}","longest":1,"score":0.5}`,
      ]);

      await store.writeDocument(c.city, links);
      await expectInStep();
      expect(await reaches(store)).toContain(twoStep);

      await store.replaceLinks(c.links);
      await expectInStep();
      expect(await reaches(store)).toHaveLength(3);
      await store.close();
    });
  });

  describe('bulk load (loadCorpus)', () => {
    const corpusOf = (c: ReturnType<typeof graphCorpus>) => [c.central, c.city, c.county];

    it('loads exactly the graph the write path writes, and search finds the same provisions', async () => {
      const written = await harness();
      const loaded = await harness();
      const c = graphCorpus('l-');
      await seed(written.store, c);
      await loaded.store.loadCorpus(corpusOf(c), c.links);
      const expected = await dumpGraph(written.store);
      expect(await dumpGraph(loaded.store)).toEqual(expected);
      expect(await loaded.store.counts()).toEqual(await written.store.counts());
      for (const query of ['行政执法三项制度', '综合行政执法', '枫桥经验']) {
        const hits = await search(loaded.store, query);
        expect(hits.length, query).toBeGreaterThan(0);
        expect(hits, query).toEqual(await search(written.store, query));
      }
      expect(await search(loaded.store, '行政执法三项制度', { level: 'city' })).toEqual([
        `${c.ids.cityId}:三、(十)`,
      ]);
      // The loaded graph takes incremental writes like any other.
      await loaded.store.writeDocument(revised(c), c.links);
      await written.store.writeDocument(revised(c), c.links);
      expect(await dumpGraph(loaded.store)).toEqual(await dumpGraph(written.store));
      await written.store.close();
      await loaded.store.close();
    });

    it('refuses a store that holds documents, changing nothing', async () => {
      const { store } = await harness();
      const c = graphCorpus('n-');
      await store.writeDocument(c.central, c.links);
      const before = await dumpGraph(store);
      const error = await store.loadCorpus(corpusOf(c), c.links).catch((e: unknown) => e);
      expect(hasCode(error, 'STORE_NOT_EMPTY')).toBe(true);
      expect(await dumpGraph(store)).toEqual(before);
      await store.close();
    });

    it('refuses an invalid document before loading anything', async () => {
      const { store } = await harness();
      const c = graphCorpus('q-');
      const before = await store.counts();
      const broken = { ...c.city, level: 'galactic' } as unknown as ParsedDocument;
      await expect(store.loadCorpus([c.central, broken], c.links)).rejects.toMatchObject({
        code: 'BAD_USER_INPUT',
      });
      expect(await store.counts()).toEqual(before);
      await store.close();
    });

    it('leaves the store exactly as it was when the load fails at any table', async () => {
      const { store, fault } = await harness();
      const c = graphCorpus('f-');
      const before = await dumpGraph(store);
      // The tables a load runs, in order, recorded on a second store.
      const probe = await harness();
      const tables: string[] = [];
      probe.fault.inject = (e) => void tables.push(e.query);
      await probe.store.loadCorpus(corpusOf(c), c.links);
      await probe.store.close();
      expect(tables.slice(0, 3)).toEqual(['bulk/provision', 'bulk/implemented-provision', 'bulk/document']);
      expect(tables).toContain('bulk/implements');
      expect(tables[tables.length - 1]).toBe('bulk/similar-to');
      // Step 1: the second COPY into Provision, after the first went in.
      for (const failAt of [0, 1, Math.floor(tables.length / 2), tables.length - 1]) {
        fault.inject = (e) => {
          if (e.step === failAt) throw new Error(`injected failure at ${e.query}`);
        };
        const error = await store.loadCorpus(corpusOf(c), c.links).catch((e: unknown) => e);
        expect(hasCode(error, 'STORE_WRITE_FAILED'), String(error)).toBe(true);
        expect(await dumpGraph(store)).toEqual(before);
      }
      fault.inject = undefined;
      // Nothing was left behind that would stop the next load.
      await store.loadCorpus(corpusOf(c), c.links);
      expect((await store.counts()).nodes).toMatchObject({ Document: 4, Provision: 7 });
      await store.close();
    });
  });

  apiReadsContract(open);
}
