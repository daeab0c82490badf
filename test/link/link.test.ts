import { describe, expect, it } from 'vitest';
import { createLinker, linkCorpus } from '../../src/link/index.js';
import { CENTRAL_ITEMS, COUNTY_TASKS, makeDocument, NATION, region } from './fixtures.js';

const P = 'lk-';
const central = makeDocument(`${P}central`, 'central', NATION, CENTRAL_ITEMS, {
  title: '关于进一步加强市县法治建设的意见',
});
const lishui = region('331181', '龙泉市', 'county', ['330000', '331100']);
const county = makeDocument(`${P}longquan`, 'county', lishui, COUNTY_TASKS);
// A city plan of another province: not on 龙泉's chain.
const otherCity = makeDocument(`${P}anshan`, 'city', region('210300', '鞍山市', 'city', ['210000']), [
  {
    path: '一、1.',
    title: '深入推进综合行政执法',
    text: '稳妥推进乡镇(街道)综合行政执法改革。依法委托或授予乡镇(街道)行政执法权的同时,在编制、人员、资金、技术等方面同步予以配套保障。',
  },
]);
// A county of another province: a peer of 龙泉.
const peer = makeDocument(
  `${P}zhuzhou`,
  'county',
  region('430212', '渌口区', 'county', ['430000', '430200']),
  [
    {
      path: '一、1.',
      title: '推进乡镇综合行政执法改革',
      text: '稳妥推进乡镇(街道)综合行政执法改革,依法委托或授予乡镇(街道)行政执法权的同时,在编制、人员、资金、技术等方面同步予以配套保障,确保权力放得下、接得住、管得好、有监督。',
    },
  ],
);

describe('linkCorpus', () => {
  const result = linkCorpus([central, county, otherCity, peer]);
  const from = (id: string) => result.implementations.filter((i) => i.sourceId === id);

  it('links a task to the central item it carries out, with evidence spans in both texts', () => {
    const links = from(`${P}longquan:一、1.`);
    expect(links.map((l) => l.targetId)).toEqual([`${P}central:二、(二)`]);
    const [link] = links;
    expect(link.score).toBeGreaterThan(0.3);
    expect(link.score).toBeLessThanOrEqual(1);
    const phrase = link.evidence.matches.find(
      (m) => m.kind === 'phrase' && m.text.includes('依法委托或授予乡镇(街道)行政执法权的同时'),
    );
    expect(phrase).toBeDefined();
    const source = COUNTY_TASKS[1].text;
    const target = CENTRAL_ITEMS[3].text;
    const s = phrase!.sourceSpans.find((x) => x.field === 'text')!;
    const t = phrase!.targetSpans.find((x) => x.field === 'text')!;
    expect(source.slice(s.start, s.end)).toBe(phrase!.text);
    expect(target.slice(t.start, t.end)).toBe(phrase!.text);
    expect(link.evidence.summary).toContain('共有短语');
    expect(Object.keys(link.evidence.signals)).toEqual(
      expect.arrayContaining(['word', 'char', 'sentence', 'phrase', 'structure', 'citation']),
    );
  });

  it('gives no edge to a provision without a higher-level counterpart', () => {
    expect(from(`${P}longquan:一、2.`)).toEqual([]);
  });

  it('does not link on boilerplate alone, and never to generic items (指导思想)', () => {
    expect(from(`${P}longquan:一、3.`)).toEqual([]);
    expect(result.implementations.some((i) => i.targetId === `${P}central:一、(一)`)).toBe(false);
  });

  it('only links to documents on the administrative chain', () => {
    expect(
      result.implementations.some(
        (i) => i.targetId.startsWith(`${P}anshan`) || i.targetId.startsWith(`${P}zhuzhou`),
      ),
    ).toBe(false);
    // The other province's city plan implements the central item itself.
    expect(from(`${P}anshan:一、1.`).map((l) => l.targetId)).toEqual([`${P}central:二、(二)`]);
  });

  it('relates similar provisions of peer documents as SIMILAR_TO, once per pair', () => {
    const pair = result.similarities.filter(
      (s) =>
        [s.sourceId, s.targetId].sort().join(' ') ===
        [`${P}longquan:一、1.`, `${P}zhuzhou:一、1.`].sort().join(' '),
    );
    expect(pair).toHaveLength(1);
    expect(pair[0].score).toBeGreaterThan(0.5);
    expect(
      result.similarities.some(
        (s) => s.sourceId.startsWith(`${P}central`) || s.targetId.startsWith(`${P}central`),
      ),
    ).toBe(false);
  });

  it('explains candidates with each signal, best first', () => {
    const linker = createLinker([central, county]);
    const candidates = linker.explain(`${P}longquan:一、1.`);
    expect(candidates[0].target.entry.provision.id).toBe(`${P}central:二、(二)`);
    expect(candidates[0].kept).toBe(true);
    const scores = candidates.map((c) => c.pair.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(linker.explain('no-such-provision')).toEqual([]);
  });

  it('is deterministic and independent of document order', () => {
    const again = linkCorpus([peer, otherCity, county, central]);
    const key = (r: typeof result) =>
      r.implementations.map((i) => `${i.sourceId}>${i.targetId}@${i.score}`).sort();
    expect(key(again)).toEqual(key(result));
  });

  it('handles an empty corpus, a lone central document and documents without provisions', () => {
    const empty = { implementations: [], similarities: [], documentLinks: [], referencedDocuments: [] };
    expect(linkCorpus([])).toEqual(empty);
    expect(linkCorpus([central])).toEqual(empty);
    const bare = makeDocument(`${P}bare`, 'county', null, []);
    expect(linkCorpus([central, bare]).implementations).toEqual([]);
  });
});
