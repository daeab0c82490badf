// Search terms (pure): jieba segmentation of the query, Traditional input, index terms and the
// per-engine query strings.
import { describe, expect, it } from 'vitest';
import { regionPrefix, searchParams, searchTerms, segmentForIndex } from '../../src/graph/search-terms.js';

describe('searchTerms', () => {
  it('cuts a Chinese query into the terms every match must contain', () => {
    expect(searchTerms('行政执法三项制度')).toEqual({
      terms: ['行政', '执法', '三项', '制度'],
      indexTerms: ['行政', '执法', '三项', '制度'],
      ftsQuery: '行政 执法 三项 制度',
      luceneQuery: '"行政" AND "执法" AND "三项" AND "制度"',
    });
  });

  it('reads Traditional queries as Simplified and ignores punctuation', () => {
    expect(searchTerms('行政執法,三項制度!').terms).toEqual(['行政', '执法', '三项', '制度']);
    expect(searchTerms(' ,。').terms).toEqual([]);
  });

  it('keeps single characters as filters but not as index terms (the CJK index holds bigrams)', () => {
    const t = searchTerms('枫桥经验和调解');
    expect(t.terms).toContain('和');
    expect(t.indexTerms).not.toContain('和');
  });
});

describe('segmentForIndex', () => {
  it('indexes search-mode tokens separated by spaces', () => {
    expect(segmentForIndex('全面推行行政执法公示制度')).toBe('全面 推行 全面推行 行政 执法 公示 制度');
  });
});

describe('searchParams', () => {
  it('turns a region code into the code prefix of its subtree', () => {
    expect(regionPrefix('430000')).toBe('43');
    expect(regionPrefix('430200')).toBe('4302');
    expect(regionPrefix('430212')).toBe('430212');
    expect(regionPrefix('000000')).toBe('');
    expect(searchParams('枫桥经验', { level: 'county', regionCode: '210300' })).toMatchObject({
      level: 'county',
      regionPrefix: '2103',
      limit: 1000,
    });
  });
});
