import { describe, expect, it } from 'vitest';
import { segmentText, spansForTerms } from '../../src/explorer/logic/highlight.js';

// Text of central item (十四) of the 2020 opinion on city and county rule of law, opening words.
const TEXT = '持续推进综合行政执法体制改革,推进县(市、区、旗)“局队合一”体制改革';

describe('segmentText', () => {
  it('returns the whole text as one plain segment without spans', () => {
    expect(segmentText(TEXT, [])).toEqual([{ text: TEXT, start: 0, tags: [] }]);
  });

  it('cuts highlighted and plain segments at span borders', () => {
    const segments = segmentText(TEXT, [{ start: 4, end: 10, tag: 'evidence' }]);
    expect(segments.map((s) => [s.text, s.tags])).toEqual([
      ['持续推进', []],
      ['综合行政执法', ['evidence']],
      ['体制改革,推进县(市、区、旗)“局队合一”体制改革', []],
    ]);
  });

  it('merges overlapping spans and keeps every tag on the overlap', () => {
    const segments = segmentText(TEXT, [
      { start: 6, end: 12, tag: 'concept' },
      { start: 4, end: 10, tag: 'evidence' },
    ]);
    expect(segments.map((s) => [s.text, s.tags])).toEqual([
      ['持续推进', []],
      ['综合', ['evidence']],
      ['行政执法', ['concept', 'evidence']],
      ['体制', ['concept']],
      ['改革,推进县(市、区、旗)“局队合一”体制改革', []],
    ]);
  });

  it('joins adjacent spans with the same tag and clamps spans past the end', () => {
    const segments = segmentText('依法治市', [
      { start: 0, end: 2, tag: 'evidence' },
      { start: 2, end: 9, tag: 'evidence' },
      { start: 7, end: 3, tag: 'evidence' },
    ]);
    expect(segments).toEqual([{ text: '依法治市', start: 0, tags: ['evidence'] }]);
  });

  it('reassembles the original text exactly', () => {
    const spans = [
      { start: 1, end: 5, tag: 'a' },
      { start: 3, end: 20, tag: 'b' },
      { start: 25, end: 27, tag: 'a' },
    ];
    expect(
      segmentText(TEXT, spans)
        .map((s) => s.text)
        .join(''),
    ).toBe(TEXT);
  });
});

describe('spansForTerms', () => {
  it('finds every occurrence of each term', () => {
    expect(spansForTerms(TEXT, ['体制改革', '不存在'], 'evidence')).toEqual([
      { start: 10, end: 14, tag: 'evidence' },
      { start: 31, end: 35, tag: 'evidence' },
    ]);
  });
});
