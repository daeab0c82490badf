// Pure parts of the API's services: path scores along cascades, requirement selection, workloads,
// bearer tokens.
import { describe, expect, it } from 'vitest';
import { isAuthorized } from '../../src/api/auth.js';
import { alignments } from '../../src/api/services/compare.service.js';
import { requirementsOf } from '../../src/api/services/coverage.service.js';
import { ancestorsOf, descendantsOf } from '../../src/api/services/outline.js';
import { workloadOf } from '../../src/api/services/units.service.js';
import { attribute } from '../../src/api/services/walk.js';
import type { ImplementationEdge } from '../../src/api/types/implementation.type.js';
import type { ProvisionNode } from '../../src/api/types/provision.type.js';

const edge = (sourceId: string, targetId: string, score: number) => ({
  edge: {
    sourceId,
    targetId,
    score,
    method: 'concept',
    evidence: { summary: '', matches: [], signals: [] },
  } as ImplementationEdge,
  depth: 1,
});

const provision = (path: string, kind: ProvisionNode['kind'], depth: number): ProvisionNode => ({
  nodeType: 'Provision',
  id: path,
  localId: `d:${path}`,
  documentId: 'd',
  path,
  kind,
  order: 0,
  depth,
  title: null,
  text: '',
  original: '',
  level: 'city',
  regionCode: null,
});

/** What each of `ids` serves, as plain objects; a provision the walk did not attribute fails. */
const servedBy = (serves: Map<string, Map<string, number>>, ids: readonly string[]) =>
  Object.fromEntries(ids.map((id) => [id, Object.fromEntries(serves.get(id)!)]));

describe('attribute', () => {
  it('gives each reached provision the starts it serves and its strongest path, a path being as strong as its weakest edge', () => {
    // county → city (0.9) → central A (0.4); county → central A directly (0.3); city → central B (0.8)
    const serves = attribute(
      ['A', 'B'],
      [edge('city', 'A', 0.4), edge('city', 'B', 0.8), edge('county', 'city', 0.9), edge('county', 'A', 0.3)],
    );
    expect(servedBy(serves, ['city', 'county', 'A'])).toEqual({
      city: { A: 0.4, B: 0.8 },
      county: { A: 0.4, B: 0.8 },
      A: { A: 1 },
    });
  });

  it('settles a provision only after everything it implements, whatever order the edges come in', () => {
    // The walk meets city→province (layer 2) after county→city (layer 2, listed first) and
    // county→province (layer 2): a one-pass scan in edge order would miss county→city→province.
    const edges = [
      edge('province', 'A', 0.9),
      edge('city', 'A', 0.3),
      edge('county', 'city', 0.8),
      edge('county', 'province', 0.2),
      edge('city', 'province', 0.7),
      edge('township', 'county', 0.6),
    ];
    for (const order of [edges, [...edges].reverse()]) {
      const serves = attribute(['A'], order);
      expect(servedBy(serves, ['province', 'city', 'county', 'township'])).toEqual({
        province: { A: 0.9 },
        city: { A: 0.7 },
        county: { A: 0.7 },
        township: { A: 0.6 },
      });
    }
  });

  it('keeps the stronger of two copies of an edge and attributes starts that implement other starts', () => {
    const serves = attribute(
      ['A', 'A1'],
      [edge('A1', 'A', 0.5), edge('x', 'A1', 0.9), edge('x', 'A', 0.2), edge('x', 'A', 0.4)],
    );
    expect(servedBy(serves, ['A1', 'x'])).toEqual({
      A1: { A1: 1, A: 0.5 },
      x: { A1: 0.9, A: 0.5 },
    });
  });

  it('still settles edges in a cycle (not produced by the linker) to the strongest paths', () => {
    const serves = attribute(
      ['A'],
      [edge('p', 'A', 0.9), edge('q', 'p', 0.8), edge('p', 'q', 0.7), edge('r', 'q', 0.6)],
    );
    expect(servedBy(serves, ['p', 'q', 'r'])).toEqual({
      p: { A: 0.9 },
      q: { A: 0.8 },
      r: { A: 0.6 },
    });
  });
});

describe('outline and requirements', () => {
  const outline = [
    provision('一、', 'section', 0),
    provision('一、(一)', 'item', 1),
    provision('一、(一)1.', 'task', 2),
    provision('一、(二)', 'item', 1),
    provision('二、', 'section', 0),
  ];

  it('finds sub-provisions and enclosing provisions by path', () => {
    expect(descendantsOf(outline[0], outline).map((p) => p.path)).toEqual([
      '一、(一)',
      '一、(一)1.',
      '一、(二)',
    ]);
    expect(ancestorsOf(outline[2], outline).map((p) => p.path)).toEqual(['一、', '一、(一)']);
  });

  it('takes the leaves of the outline as requirements by default, or the given kinds', () => {
    expect(requirementsOf(outline, []).map((p) => p.path)).toEqual(['一、(一)1.', '一、(二)', '二、']);
    expect(requirementsOf(outline, ['item']).map((p) => p.path)).toEqual(['一、(一)', '一、(二)']);
  });
});

describe('workloadOf', () => {
  it('counts roles, distinct provisions and documents', () => {
    expect(
      workloadOf([
        { role: 'lead', unitId: 'u', provisionId: 'a:1', documentId: 'a' },
        { role: 'support', unitId: 'u', provisionId: 'a:2', documentId: 'a' },
        { role: 'co-lead', unitId: 'u', provisionId: 'b:1', documentId: 'b' },
      ]),
    ).toEqual({ lead: 1, coLead: 1, support: 1, total: 3, documents: 2 });
  });
});

describe('isAuthorized', () => {
  const token = 'secret-token-0123456789';
  it('accepts exactly `Bearer <token>`', () => {
    expect(isAuthorized(token, `Bearer ${token}`)).toBe(true);
    expect(isAuthorized(token, `bearer ${token}`)).toBe(true);
    expect(isAuthorized(token, `Bearer ${token}x`)).toBe(false);
    expect(isAuthorized(token, token)).toBe(false);
    expect(isAuthorized(token, undefined)).toBe(false);
    expect(isAuthorized(undefined, `Bearer ${token}`)).toBe(false);
  });
});

describe('alignments', () => {
  it('keeps the strongest reason per pair: IMPLEMENTS, then SIMILAR_TO, then shared requirements (all of them)', () => {
    const impl = (sourceId: string, targetId: string, score: number) => edge(sourceId, targetId, score).edge;
    const found = alignments(
      new Set(['a1', 'a2', 'a3']),
      new Set(['b1', 'b2']),
      [
        impl('b1', 'a1', 0.7),
        impl('a2', 'C1', 0.6),
        impl('b2', 'C1', 0.5),
        impl('a2', 'C2', 0.9),
        impl('b2', 'C2', 0.8),
        impl('a1', 'C1', 0.9),
      ],
      [
        { sourceId: 'a1', targetId: 'b1', score: 0.99 },
        { sourceId: 'b2', targetId: 'a3', score: 0.4 },
      ],
    );
    const byPair = Object.fromEntries(
      found.map((f) => [`${f.aId}-${f.bId}`, [f.kind, f.score, [...f.viaIds].sort()]]),
    );
    expect(byPair).toEqual({
      'a1-b1': ['IMPLEMENTS', 0.7, []],
      'a3-b2': ['SIMILAR_TO', 0.4, []],
      'a2-b2': ['SHARED_REQUIREMENT', 0.8, ['C1', 'C2']],
      'a1-b2': ['SHARED_REQUIREMENT', 0.5, ['C1']],
    });
  });
});
