import { describe, expect, it } from 'vitest';
import { hasCode } from '../../src/errors.js';
import { evaluateLinks, parseLinkLabels, pathKey, type LinkLabels } from '../../src/link/eval.js';
import type { Implementation } from '../../src/link/types.js';
import { makeDocument, NATION, region } from './fixtures.js';

const central = makeDocument('ev-c', 'central', NATION, [
  { path: '一、(一)', kind: 'item', text: '甲' },
  { path: '一、(二)', kind: 'item', text: '乙' },
  { path: '一、(三)', kind: 'item', text: '丙' },
]);
const county = makeDocument('ev-k', 'county', region('331181', '龙泉市', 'county', ['330000', '331100']), [
  { path: '二、(一)1.', text: '一' },
  { path: '二、(一)2.', text: '二' },
  { path: '二、(一)3.', text: '三' },
]);
const city = makeDocument('ev-s', 'city', region('330600', '绍兴市', 'city', ['330000']), [
  { path: '三、(九)', kind: 'item', text: '九' },
]);

const ref = (file: string, path: string) => ({ file, path });
const labels: LinkLabels = {
  targetFile: 'ev-c.txt',
  labeledFiles: ['ev-k.txt', 'ev-s.txt'],
  links: [
    // Labels may print brackets full-width: paths compare after normalization.
    { source: ref('ev-k.txt', '二、(一)1.'), target: ref('ev-c.txt', '一、（一）'), label: 'strong' },
    { source: ref('ev-k.txt', '二、(一)1.'), target: ref('ev-c.txt', '一、(二)'), label: 'partial' },
    { source: ref('ev-k.txt', '二、(一)2.'), target: ref('ev-c.txt', '一、(三)'), label: 'strong' },
    { source: ref('ev-s.txt', '三、(九)'), target: ref('ev-c.txt', '一、(二)'), label: 'strong' },
    { source: ref('ev-s.txt', '三、(十)'), target: ref('ev-c.txt', '一、(二)'), label: 'strong' },
  ],
  noCounterpart: [ref('ev-k.txt', '二、(一)3.')],
};
const edge = (sourceId: string, targetId: string): Implementation => ({
  sourceId,
  targetId,
  score: 0.5,
  method: 'lexical',
  evidence: { summary: '', matches: [], signals: {} },
});

describe('evaluateLinks', () => {
  const report = evaluateLinks(
    labels,
    [central, county, city],
    [
      edge('ev-k:二、(一)1.', 'ev-c:一、(一)'), // right (strong)
      edge('ev-k:二、(一)1.', 'ev-c:一、(二)'), // right (partial counts for precision)
      edge('ev-k:二、(一)3.', 'ev-c:一、(二)'), // wrong: no counterpart
      edge('ev-s:三、(九)', 'ev-c:一、(三)'), // wrong target
      edge('ev-k:二、(一)2.', 'ev-s:三、(九)'), // not to the labeled target document: ignored
    ],
  );

  it('counts precision over edges from labeled provisions to the target document', () => {
    expect(report.overall.edges).toBe(4);
    expect(report.overall.correct).toBe(2);
    expect(report.overall.precision).toBe(0.5);
  });

  it('counts recall over strong labels only, a provision missing from the corpus as missed', () => {
    expect(report.overall.strongLabels).toBe(4);
    expect(report.overall.strongFound).toBe(1);
    expect(report.overall.recall).toBe(0.25);
    expect(report.overall.f1).toBeCloseTo((2 * 0.5 * 0.25) / 0.75, 10);
    expect(report.missingSources).toEqual(['ev-s.txt#三|(十)']);
  });

  it('reports the share of no-counterpart provisions left unlinked', () => {
    expect(report.overall.noCounterpart).toBe(1);
    expect(report.overall.unlinkedShare).toBe(0);
  });

  it('splits figures per level pair', () => {
    expect(Object.keys(report.byLevelPair)).toEqual(['city→central', 'county→central']);
    expect(report.byLevelPair['county→central']).toMatchObject({
      edges: 3,
      correct: 2,
      strongLabels: 2,
      strongFound: 1,
      noCounterpartUnlinked: 0,
    });
    expect(report.byLevelPair['city→central']).toMatchObject({
      edges: 1,
      correct: 0,
      precision: 0,
      strongLabels: 2,
      strongFound: 0,
    });
  });

  it('lists wrong edges and missed strong labels', () => {
    expect(report.falsePositives.map((e) => `${e.source}>${e.target}`)).toEqual([
      'ev-k.txt#二|(一)3|>ev-c.txt#一|(二)',
      'ev-s.txt#三|(九)>ev-c.txt#一|(三)',
    ]);
    expect(report.falseNegatives).toHaveLength(3);
  });

  it('treats an empty edge set as perfect precision and zero recall', () => {
    const empty = evaluateLinks(labels, [central, county, city], []);
    expect(empty.overall).toMatchObject({ precision: 1, recall: 0, f1: 0, unlinkedShare: 1 });
  });
});

describe('labels', () => {
  it('normalizes printed paths', () => {
    expect(pathKey('二、（一）1．')).toBe(pathKey('二、(一)1.'));
  });

  it('accepts labels written elsewhere: a bare array, string or document-id references, label none', () => {
    const loose = parseLinkLabels([
      { source: 'ev-k:二、(一)1.', target: 'ev-c:一、(一)', label: 'strong' },
      {
        source: { document: 'ev-k', path: '二、(一)2.' },
        target: { documentId: 'ev-c', path: '一、(三)' },
        label: 'partial',
      },
      { source: 'ev-k.txt#二、(一)3.', label: 'none' },
    ]);
    expect(loose.targetFile).toBe('ev-c');
    expect(loose.noCounterpart).toEqual([{ file: 'ev-k.txt', path: '二、(一)3.' }]);
    const report = evaluateLinks(
      loose,
      [central, county, city],
      [edge('ev-k:二、(一)1.', 'ev-c:一、(一)'), edge('ev-k:二、(一)2.', 'ev-c:一、(三)')],
    );
    expect(report.overall).toMatchObject({
      edges: 2,
      correct: 2,
      strongLabels: 1,
      strongFound: 1,
      noCounterpart: 1,
      noCounterpartUnlinked: 1,
    });
    expect(report.missingSources).toEqual([]);
  });

  it('rejects a malformed labels file with BAD_USER_INPUT', () => {
    let error: unknown;
    try {
      parseLinkLabels({
        targetFile: 'x',
        labeledFiles: [],
        links: [{ source: { file: 'a' }, label: 'maybe' }],
        noCounterpart: [],
      });
    } catch (e) {
      error = e;
    }
    expect(hasCode(error, 'BAD_USER_INPUT')).toBe(true);
  });
});
