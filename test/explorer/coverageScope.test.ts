import { describe, expect, it } from 'vitest';
import { coverageScopes, fitsMatrix, MATRIX_DOCUMENT_LIMIT } from '../../src/explorer/logic/coverageScope.js';

const zhejiang = { code: '330000', name: '浙江省', level: 'PROVINCE' };
const hunan = { code: '430000', name: '湖南省', level: 'PROVINCE' };
// The seed corpus' lower-level plans, with their region chains as the API returns them.
const documents = [
  {
    id: 'anshan',
    region: {
      code: '210300',
      name: '鞍山市',
      level: 'CITY',
      parent: { code: '210000', name: '辽宁省', level: 'PROVINCE' },
    },
  },
  { id: 'shaoxing', region: { code: '330600', name: '绍兴市', level: 'CITY', parent: zhejiang } },
  {
    id: 'longquan',
    region: {
      code: '331181',
      name: '龙泉市',
      level: 'COUNTY',
      parent: { code: '331100', name: '丽水市', level: 'CITY', parent: zhejiang },
    },
  },
  {
    id: 'lukou',
    region: {
      code: '430212',
      name: '渌口区',
      level: 'COUNTY',
      parent: { code: '430200', name: '株洲市', level: 'CITY', parent: hunan },
    },
  },
  { id: 'unplaced', region: null },
];

describe('coverageScopes', () => {
  it('lists every province and prefecture city on the documents’ chains with the documents inside', () => {
    expect(coverageScopes(documents)).toEqual([
      { code: '210000', name: '辽宁省', documentIds: ['anshan'] },
      { code: '210300', name: '鞍山市', documentIds: ['anshan'] },
      { code: '330000', name: '浙江省', documentIds: ['shaoxing', 'longquan'] },
      { code: '330600', name: '绍兴市', documentIds: ['shaoxing'] },
      { code: '331100', name: '丽水市', documentIds: ['longquan'] },
      { code: '430000', name: '湖南省', documentIds: ['lukou'] },
      { code: '430200', name: '株洲市', documentIds: ['lukou'] },
    ]);
  });

  it('has no scope for documents without a region', () => {
    expect(coverageScopes([{ id: 'x', region: null }])).toEqual([]);
  });
});

describe('fitsMatrix', () => {
  it('allows up to the limit of columns', () => {
    expect(fitsMatrix(MATRIX_DOCUMENT_LIMIT)).toBe(true);
    expect(fitsMatrix(MATRIX_DOCUMENT_LIMIT + 1)).toBe(false);
  });
});
