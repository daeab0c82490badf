import { describe, expect, it } from 'vitest';
import {
  buildCoverageMatrix,
  coverageTable,
  fromApiCoverageStatus,
} from '../../src/explorer/logic/coverage.js';

const documents = [
  {
    id: 'zhuzhou',
    title: '关于全面推进法治渌湘建设的实施意见',
    level: 'county' as const,
    regionName: '株洲县',
  },
  { id: 'anshan', title: '鞍山市贯彻法治中国建设规划实施方案', level: 'city' as const, regionName: '鞍山市' },
];
const requirements = [
  {
    id: 'c14',
    label: '(十四) 深化执法体制机制改革',
    cells: [
      {
        documentId: 'zhuzhou',
        status: 'weak' as const,
        bestScore: 0.3,
        provisions: [{ id: 'z1', label: '(七) 执法体制' }],
      },
      {
        documentId: 'anshan',
        status: 'implemented' as const,
        bestScore: 0.71,
        provisions: [
          { id: 'a2', label: '(二十一) 综合执法' },
          { id: 'a1', label: '(二十) 深化行政执法体制改革' },
        ],
      },
    ],
  },
  {
    id: 'c15',
    label: '(十五) 加大重点领域执法力度',
    cells: [{ documentId: 'anshan', status: 'missing' as const, bestScore: null, provisions: [] }],
  },
];

describe('coverage matrix', () => {
  it('orders columns from higher to lower level and keeps each cell with its provisions', () => {
    const matrix = buildCoverageMatrix(requirements, documents);
    expect(matrix.columns.map((c) => c.id)).toEqual(['anshan', 'zhuzhou']);
    expect(matrix.rows[0].cells.map((c) => [c.documentId, c.status, c.bestScore])).toEqual([
      ['anshan', 'implemented', 0.71],
      ['zhuzhou', 'weak', 0.3],
    ]);
    expect(matrix.rows[0].cells[0].provisions.map((p) => p.id)).toEqual(['a2', 'a1']);
    expect(matrix.rows[0].cells[0].requirementId).toBe('c14');
  });

  it('treats a cell the API left out as missing and counts gaps per document', () => {
    const matrix = buildCoverageMatrix(requirements, documents);
    expect(matrix.rows[1].cells.map((c) => c.status)).toEqual(['missing', 'missing']);
    expect([...matrix.missingByDocument]).toEqual([
      ['anshan', 1],
      ['zhuzhou', 1],
    ]);
    expect(matrix.uncovered).toEqual(['c15']);
  });

  it('maps the API statuses', () => {
    expect(['IMPLEMENTED', 'WEAK', 'MISSING'].map((s) => fromApiCoverageStatus(s as 'WEAK'))).toEqual([
      'implemented',
      'weak',
      'missing',
    ]);
  });

  it('renders the matrix as a table for CSV export', () => {
    const table = coverageTable(buildCoverageMatrix(requirements, documents));
    expect(table.headers).toEqual([
      '要求',
      '鞍山市贯彻法治中国建设规划实施方案',
      '关于全面推进法治渌湘建设的实施意见',
    ]);
    expect(table.rows).toEqual([
      ['(十四) 深化执法体制机制改革', '已落实 (0.71)', '弱落实 (0.30)'],
      ['(十五) 加大重点领域执法力度', '未见落实', '未见落实'],
    ]);
  });
});
