import { describe, expect, it } from 'vitest';
import { documentRegions, regionNameMap } from '../../src/explorer/logic/regions.js';

const doc = (
  id: string,
  level: 'CENTRAL' | 'CITY' | 'COUNTY' | 'TOWNSHIP',
  region: { code: string; name: string } | null,
  referencedOnly = false,
) => ({
  id,
  title: id,
  level,
  referencedOnly,
  region,
});

describe('documentRegions', () => {
  it('lists each region of the ingested documents once, from the top level down', () => {
    const options = documentRegions([
      doc('zhuzhou', 'COUNTY', { code: '430221', name: '渌口区' }),
      doc('anshan', 'CITY', { code: '210300', name: '鞍山市' }),
      doc('shaoxing', 'CITY', { code: '330600', name: '绍兴市' }),
      doc('central', 'CENTRAL', { code: '000000', name: '全国' }),
      doc('central-2', 'CENTRAL', { code: '000000', name: '全国' }),
      doc('cited', 'CITY', { code: '440300', name: '深圳市' }, true),
      doc('township', 'TOWNSHIP', null),
    ]);
    expect(options).toEqual([
      { code: '000000', name: '全国', depth: 0 },
      { code: '210300', name: '鞍山市', depth: 2 },
      { code: '330600', name: '绍兴市', depth: 2 },
      { code: '430221', name: '渌口区', depth: 3 },
    ]);
    expect(regionNameMap(options).get('430221')).toBe('渌口区');
  });
});
