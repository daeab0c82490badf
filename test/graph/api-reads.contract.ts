// The API's named reads (cypher/read/*), run against every engine as part of the GraphStore
// contract: exact rows over the hand-made corpus, so a dialect difference shows up as a failure.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphStore, Row } from '../../src/graph/port.js';
import { namedQuery } from '../../src/graph/queries.js';
import { graphCorpus } from '../fixtures/graph/corpus.js';
import type { StoreFactory } from './store.contract.js';

export function apiReadsContract(open: StoreFactory): void {
  describe('API reads', () => {
    let store: GraphStore;
    const c = graphCorpus('ar-');
    const { centralId, cityId, countyId, referencedId } = c.ids;
    const city10 = `${cityId}:三、(十)`;
    const city10task = `${cityId}:三、(十)1.`;
    const central14 = `${centralId}:二、(十四)`;
    const county1 = `${countyId}:一、`;

    beforeAll(async () => {
      store = await open({ faultInjector: () => undefined });
      for (const doc of [c.central, c.city, c.county]) await store.writeDocument(doc, c.links);
      await store.replaceLinks(c.links);
    });
    afterAll(() => store?.close());

    const read = (name: string, params: Record<string, unknown> = {}) =>
      store.read(namedQuery(`read/${name}`), params);
    const pick = (rows: Row[], ...keys: string[]) =>
      rows.map((r) => Object.fromEntries(keys.map((k) => [k, r[k]])));
    const sorted = (rows: Record<string, unknown>[]) =>
      [...rows].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

    it('reads documents by id, by region, all, and their summary', async () => {
      const byId = await read('documents-by-id', { ids: [cityId, referencedId, 'ar-missing'] });
      expect(
        sorted(pick(byId, 'id', 'level', 'regionCode', 'docNumber', 'referencedOnly', 'sourceFile')),
      ).toEqual(
        sorted([
          {
            id: cityId,
            level: 'city',
            regionCode: '210300',
            docNumber: '鞍委发〔2021〕25号',
            referencedOnly: false,
            sourceFile: `${cityId}.txt`,
          },
          {
            id: referencedId,
            level: 'central',
            regionCode: null,
            docNumber: null,
            referencedOnly: true,
            sourceFile: null,
          },
        ]),
      );
      expect(pick(await read('documents-by-region', { ids: ['210300'] }), 'id', 'regionCode')).toEqual([
        { id: cityId, regionCode: '210300' },
      ]);
      expect((await read('documents')).map((r) => r.id).sort()).toEqual(
        [centralId, cityId, countyId, referencedId].sort(),
      );
      expect(sorted(pick(await read('document-summary'), 'level', 'referencedOnly', 'count'))).toEqual(
        sorted([
          { level: 'central', referencedOnly: false, count: 1 },
          { level: 'central', referencedOnly: true, count: 1 },
          { level: 'city', referencedOnly: false, count: 1 },
          { level: 'county', referencedOnly: false, count: 1 },
        ]),
      );
    });

    it('reads provisions by id, by document in order, and the outline both ways', async () => {
      expect(
        pick(
          await read('provisions-by-id', { ids: [city10task] }),
          'id',
          'documentId',
          'path',
          'kind',
          'position',
          'depth',
          'level',
          'regionCode',
        ),
      ).toEqual([
        {
          id: city10task,
          documentId: cityId,
          path: '三、(十)1.',
          kind: 'task',
          position: 2,
          depth: 2,
          level: 'city',
          regionCode: '210300',
        },
      ]);
      expect((await read('provisions-by-document', { ids: [cityId] })).map((r) => r.path)).toEqual([
        '三、',
        '三、(十)',
        '三、(十)1.',
      ]);
      expect(pick(await read('provision-children', { ids: [city10] }), 'parentId', 'id')).toEqual([
        { parentId: city10, id: city10task },
      ]);
      expect(pick(await read('provision-parents', { ids: [city10task] }), 'childId', 'id')).toEqual([
        { childId: city10task, id: city10 },
      ]);
      expect(
        pick(
          // Kuzu's dialect reads one outline level per UNION branch; the loader orders the subtrees.
          (await read('provision-subtrees', { ids: [city10task, `${cityId}:三、`] })).sort(
            (a, b) =>
              String(a.rootId).localeCompare(String(b.rootId)) || Number(a.position) - Number(b.position),
          ),
          'rootId',
          'id',
          'text',
        ),
      ).toEqual([
        { rootId: `${cityId}:三、`, id: `${cityId}:三、`, text: expect.any(String) },
        { rootId: `${cityId}:三、`, id: city10, text: expect.any(String) },
        { rootId: `${cityId}:三、`, id: city10task, text: expect.any(String) },
        { rootId: city10task, id: city10task, text: expect.any(String) },
      ]);
    });

    it('reads unit assignments both ways, units and their workloads', async () => {
      expect(
        sorted(
          pick(
            await read('assignments-by-provision', { ids: [city10] }),
            'provisionId',
            'role',
            'unitId',
            'unitName',
            'unitCollective',
            'unitRegionCode',
          ),
        ),
      ).toEqual(
        sorted([
          {
            provisionId: city10,
            role: 'lead',
            unitId: '210300:市司法局',
            unitName: '市司法局',
            unitCollective: false,
            unitRegionCode: '210300',
          },
          {
            provisionId: city10,
            role: 'support',
            unitId: '210300:各县(市)区',
            unitName: '各县(市)区',
            unitCollective: true,
            unitRegionCode: '210300',
          },
        ]),
      );
      expect(
        sorted(
          pick(
            await read('assignments-by-unit', { ids: ['210300:市司法局'] }),
            'unitId',
            'provisionId',
            'documentId',
            'role',
          ),
        ),
      ).toEqual(
        sorted([
          { unitId: '210300:市司法局', provisionId: city10, documentId: cityId, role: 'lead' },
          { unitId: '210300:市司法局', provisionId: county1, documentId: countyId, role: 'support' },
        ]),
      );
      expect(
        pick(
          await read('units-by-id', { ids: ['210300:市委编办'] }),
          'id',
          'name',
          'collective',
          'regionCode',
        ),
      ).toEqual([{ id: '210300:市委编办', name: '市委编办', collective: false, regionCode: '210300' }]);
      const workload = await read('units-workload', { regionPrefix: '2103', name: '司法' });
      expect(sorted(pick(workload, 'id', 'role', 'documentId', 'provisions'))).toEqual(
        sorted([
          { id: '210300:市司法局', role: 'lead', documentId: cityId, provisions: 1 },
          { id: '210300:市司法局', role: 'support', documentId: countyId, provisions: 1 },
        ]),
      );
      expect(
        new Set((await read('units-workload', { regionPrefix: '', name: '' })).map((r) => r.id)).size,
      ).toBe(4);
    });

    it('reads concepts, their mentions both ways, and targets', async () => {
      expect(pick(await read('concepts-by-name', { ids: ['枫桥经验'] }), 'name', 'category')).toEqual([
        { name: '枫桥经验', category: 'grassroots' },
      ]);
      expect(pick(await read('concepts-by-provision', { ids: [central14] }), 'provisionId', 'name')).toEqual(
        [
          { provisionId: central14, name: '综合行政执法' },
          { provisionId: central14, name: '行政执法三项制度' },
        ].sort((a, b) => (a.name < b.name ? -1 : 1)),
      );
      expect((await read('provisions-by-concept', { ids: ['枫桥经验'] })).map((r) => r.id).sort()).toEqual(
        [`${centralId}:二、(十五)`, county1].sort(),
      );
      expect(sorted(pick(await read('concepts'), 'name', 'provisions', 'documents'))).toEqual(
        sorted([
          { name: '行政执法三项制度', provisions: 3, documents: 3 },
          { name: '综合行政执法', provisions: 2, documents: 2 },
          { name: '枫桥经验', provisions: 2, documents: 2 },
        ]),
      );
      const targets = await read('targets-by-provision', { ids: [city10task] });
      expect(pick(targets, 'provisionId', 'text', 'value', 'unit', 'comparator')).toEqual([
        { provisionId: city10task, text: '合格率达到95.5%', value: 95.5, unit: '%', comparator: '>=' },
      ]);
      expect(
        pick(await read('targets-by-id', { ids: [String(targets[0].id)] }), 'provisionId', 'metric'),
      ).toEqual([{ provisionId: city10task, metric: '行政执法案卷评查合格率' }]);
    });

    it('reads IMPLEMENTS edges both ways, one cascade step down and one trace step up', async () => {
      expect(
        sorted(
          pick(
            await read('implements-by-target', { ids: [central14] }),
            'sourceId',
            'targetId',
            'score',
            'method',
          ),
        ),
      ).toEqual(
        sorted([
          { sourceId: city10, targetId: central14, score: 0.82, method: 'combined' },
          { sourceId: city10task, targetId: central14, score: 1, method: 'concept' },
        ]),
      );
      const bySource = await read('implements-by-source', { ids: [city10] });
      expect(pick(bySource, 'sourceId', 'targetId')).toEqual([{ sourceId: city10, targetId: central14 }]);
      expect(JSON.parse(String(bySource[0].evidence)).summary).toBe('共享概念: 行政执法三项制度');
      expect(await read('cascade-step', { ids: [central14], minScore: 0.9 })).toEqual([
        {
          targetId: central14,
          sourceId: city10task,
          score: 1,
          method: 'concept',
          documentId: cityId,
          level: 'city',
          regionCode: '210300',
        },
      ]);
      expect(
        pick(await read('implemented', { ids: [county1], minScore: 0 }), 'sourceId', 'id', 'score'),
      ).toEqual([{ sourceId: county1, id: `${centralId}:二、(十五)`, score: 0.5 }]);
      const similar = await read('similar-by-provision', { ids: [city10, county1] });
      expect(sorted(pick(similar, 'provisionId', 'score'))).toEqual(
        sorted([
          { provisionId: city10, score: 0.61 },
          { provisionId: county1, score: 0.61 },
        ]),
      );
      expect(new Set(similar.map((r) => `${r.sourceId}>${r.targetId}`)).size).toBe(1);
    });

    it('reads document links both ways', async () => {
      expect(
        pick(
          await read('document-links-by-source', { ids: [cityId, countyId] }),
          'sourceDocumentId',
          'targetDocumentId',
          'relation',
        ).sort((a, b) => String(a.relation).localeCompare(String(b.relation))),
      ).toEqual([
        { sourceDocumentId: countyId, targetDocumentId: centralId, relation: 'cites' },
        { sourceDocumentId: cityId, targetDocumentId: referencedId, relation: 'implements' },
      ]);
      expect(
        pick(await read('document-links-by-target', { ids: [centralId] }), 'sourceDocumentId', 'relation'),
      ).toEqual([{ sourceDocumentId: countyId, relation: 'cites' }]);
    });

    it('reads the region tree by code, name, parent and root', async () => {
      expect(
        pick(await read('regions-by-code', { ids: ['210300'] }), 'code', 'name', 'level', 'parentCode'),
      ).toEqual([{ code: '210300', name: '鞍山市', level: 'city', parentCode: '210000' }]);
      expect((await read('region-children', { ids: ['210000'] })).map((r) => r.code)).toContain('210300');
      expect(pick(await read('region-roots'), 'code', 'name')).toEqual([{ code: '000000', name: '全国' }]);
      expect((await read('regions-by-name', { name: '鞍山' })).map((r) => r.code)).toEqual(['210300']);
      expect(await read('ping')).toEqual([{ ok: 1 }]);
    });

    it('reads the corpus back in linker form', async () => {
      expect((await read('corpus-documents')).map((r) => r.id).sort()).toEqual(
        [centralId, cityId, countyId].sort(),
      );
      expect((await read('corpus-provisions')).length).toBe(7);
      expect((await read('corpus-assignments')).length).toBe(5);
      const mentions = await read('corpus-mentions');
      expect(mentions.length).toBe(7);
      expect(JSON.parse(String(mentions.find((m) => m.provisionId === city10task)?.spans))).toEqual([
        { field: 'text', start: 2, end: 8 },
      ]);
      expect(pick(await read('corpus-targets'), 'provisionId').length).toBe(3);
      expect(
        sorted(pick(await read('corpus-document-links'), 'sourceDocumentId', 'relation', 'citedTitle')),
      ).toEqual(
        sorted([
          { sourceDocumentId: cityId, relation: 'implements', citedTitle: '法治中国建设规划(2020—2025年)' },
          {
            sourceDocumentId: countyId,
            relation: 'cites',
            citedTitle: '中央全面依法治国委员会关于进一步加强市县法治建设的意见',
          },
        ]),
      );
    });
  });
}
