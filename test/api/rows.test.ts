// Mapping store rows to API objects (src/api/loaders/rows.ts).
import { describe, expect, it } from 'vitest';
import { implementationOf } from '../../src/api/loaders/rows.js';

describe('implementationOf', () => {
  const row = (evidence: string) => ({
    sourceId: 'doc-2:一、(一)1.',
    targetId: 'doc-1:二、(十四)',
    score: 0.82,
    method: 'lexical',
    evidence,
  });

  it('parses the evidence only when it is read, so answers without it never pay for it', () => {
    const edge = implementationOf(row('{not json'));
    expect([edge.sourceId, edge.targetId, edge.score, edge.method]).toEqual([
      'doc-2:一、(一)1.',
      'doc-1:二、(十四)',
      0.82,
      'lexical',
    ]);
    expect(() => edge.evidence).toThrow(SyntaxError);
  });

  it('parses it once, into the Evidence object type', () => {
    const evidence = { summary: '共同概念：行政执法', matches: [], signals: { concepts: 0.4, title: 0.2 } };
    const edge = implementationOf(row(JSON.stringify(evidence)));
    expect(edge.evidence).toEqual({
      summary: '共同概念：行政执法',
      matches: [],
      signals: [
        { name: 'concepts', value: 0.4 },
        { name: 'title', value: 0.2 },
      ],
    });
    expect(edge.evidence).toBe(edge.evidence);
  });
});
