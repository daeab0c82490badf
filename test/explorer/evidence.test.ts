import { describe, expect, it } from 'vitest';
import type { ApiProvisionDetails, ApiProvisionSummary } from '../../src/explorer/api/types.js';
import { provisionHighlights } from '../../src/explorer/logic/evidence.js';

const other: ApiProvisionSummary = {
  id: 'X',
  path: '三、(十四)',
  title: '深化执法体制机制改革',
  kind: 'ITEM',
  level: 'CENTRAL',
  document: { id: 'D0', title: '意见', level: 'CENTRAL', referencedOnly: false, region: null },
};

// 鞍山 item 四、(一)5.: it implements central (十四) and is implemented by nothing; one target.
const provision: ApiProvisionDetails = {
  __typename: 'Provision',
  id: 'P',
  localId: 'anshan:四、(一)5.',
  path: '四、(一)5.',
  title: '深化综合行政执法改革',
  kind: 'TASK',
  level: 'CITY',
  text: '推进综合行政执法体制改革。到2022年,综合行政执法事项达到20%以上。',
  original: '',
  document: { ...other.document, id: 'D1', docNumber: null, date: null, sourceFile: null },
  parent: null,
  units: [],
  concepts: [],
  targets: [{ text: '达到20%以上', metric: '综合行政执法事项', value: 20, unit: '%', deadline: '2022' }],
  implements: [
    {
      score: 0.42,
      method: 'COMBINED',
      target: other,
      evidence: {
        summary: '共享概念: 综合行政执法',
        matches: [
          {
            kind: 'CONCEPT',
            text: '综合行政执法',
            sourceSpans: [
              { field: 'TEXT', start: 2, end: 8 },
              { field: 'TITLE', start: 2, end: 8 },
            ],
            targetSpans: [{ field: 'TEXT', start: 4, end: 10 }],
          },
        ],
      },
    },
  ],
  implementedBy: { totalCount: 0, nodes: [] },
};

describe('provisionHighlights', () => {
  it("takes the provision's own side of each evidence match, per field, and its targets", () => {
    expect(provisionHighlights(provision, 'TEXT')).toEqual([
      { start: 2, end: 8, tag: 'evidence' },
      { start: 28, end: 35, tag: 'target' },
    ]);
    expect(provisionHighlights(provision, 'TITLE')).toEqual([{ start: 2, end: 8, tag: 'evidence' }]);
  });

  it('uses the target side when the provision is the one implemented', () => {
    const requirement = {
      ...provision,
      implements: [],
      implementedBy: { totalCount: 1, nodes: [{ ...provision.implements[0], source: other }] },
      targets: [],
    };
    expect(provisionHighlights(requirement, 'TEXT')).toEqual([{ start: 4, end: 10, tag: 'evidence' }]);
  });
});
