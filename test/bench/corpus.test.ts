// The synthetic national corpus: deterministic for a seed, schema-valid, nested across sizes, and
// with a ground truth that only points upward along each plan's own administrative chain.
import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus, type GeneratedPlan } from '../../bench/corpus/generate.js';
import { chineseNumeral } from '../../bench/corpus/numbering.js';
import { selectRegions } from '../../bench/corpus/select.js';
import { TruthIndex } from '../../bench/corpus/truth.js';
import { CENTRAL_OPINIONS } from '../../bench/stages/corpus.js';
import { parseDocumentFile } from '../../src/ingest/index.js';
import { chineseNumeralValue } from '../../src/ingest/outline/numerals.js';
import { ParsedDocumentSchema, type ParsedDocument } from '../../src/ingest/schema.js';
import { loadGazetteer, type RegionGazetteer } from '../../src/regions/index.js';

const SEED = 7;
const SIZE = 0.2; // 0.2% of 3,339 divisions: 7 regions, rounded up to whole chains

let root: ParsedDocument;
let gazetteer: RegionGazetteer;
let plans: GeneratedPlan[];

const generate = (seed: number, sizePercent = SIZE) => [
  ...generateCorpus({ root, gazetteer, seed, sizePercent }),
];
const digest = (items: GeneratedPlan[]) => createHash('sha256').update(JSON.stringify(items)).digest('hex');

beforeAll(async () => {
  root = await parseDocumentFile(CENTRAL_OPINIONS);
  gazetteer = loadGazetteer();
  plans = generate(SEED);
});

describe('synthetic corpus', () => {
  it('is identical for the same seed and differs for another', () => {
    expect(digest(generate(SEED))).toBe(digest(plans));
    expect(digest(generate(SEED + 1))).not.toBe(digest(plans));
  });

  it('puts the real central opinions first, then whole province → city → county chains', () => {
    expect(plans[0].document).toBe(root);
    const levels = plans.map((p) => p.document.level);
    expect(levels.filter((l) => l === 'central')).toHaveLength(1);
    const regions = plans.slice(1).map((p) => p.document.region?.code ?? '');
    expect(new Set(regions)).toEqual(selectRegions(gazetteer, SIZE, SEED));
    // Chains are added whole until the 7 regions are reached: three province → city → county chains.
    expect(regions).toHaveLength(9);
    const count = (level: string) => levels.filter((l) => l === level).length;
    expect([count('province'), count('city'), count('county')]).toEqual([3, 3, 3]);
    for (const plan of plans.slice(1)) {
      const region = plan.document.region;
      expect(region).not.toBeNull();
      // Every ancestor region has its plan earlier in the stream (depth-first order).
      for (const ancestor of region?.ancestors ?? []) {
        expect(regions.indexOf(ancestor)).toBeLessThan(regions.indexOf(region?.code ?? ''));
      }
    }
  });

  it('selects nested sizes: the smaller corpus is part of the larger', () => {
    const small = selectRegions(gazetteer, 0.2, SEED);
    const large = selectRegions(gazetteer, 1, SEED);
    expect(large.size).toBeGreaterThanOrEqual(33);
    for (const code of small) expect(large.has(code)).toBe(true);
    expect(selectRegions(gazetteer, 100, SEED).size).toBe(31 + 330 + 2978);
  });

  it('produces schema-valid documents with unique provision IDs and a consistent outline', () => {
    const ids = new Set<string>();
    for (const { document } of plans) {
      expect(() => ParsedDocumentSchema.parse(document)).not.toThrow();
      const paths = new Set(document.provisions.map((p) => p.path));
      document.provisions.forEach((p, i) => {
        expect(ids.has(p.id)).toBe(false);
        ids.add(p.id);
        expect(p.id).toBe(`${document.id}:${p.path}`);
        expect(p.order).toBe(i);
        if (p.parentPath !== null) expect(paths.has(p.parentPath)).toBe(true);
      });
    }
  });

  it('gives every lower plan tasks with units of its own region and a citation of each plan above it', () => {
    for (const { document } of plans.slice(1)) {
      const tasks = document.provisions.filter((p) => p.kind === 'task');
      expect(tasks.length).toBeGreaterThan(20);
      expect(
        tasks.every(
          (t) => t.units.length > 0 && t.units.every((u) => u.regionCode === document.region?.code),
        ),
      ).toBe(true);
      const above = plans.filter(
        (p) =>
          p.document.level === 'central' ||
          document.region?.ancestors.includes(p.document.region?.code ?? ''),
      );
      expect(document.citations.map((c) => c.title).sort()).toEqual(
        above.map((p) => p.document.title).sort(),
      );
    }
  });

  it('records a truth that points only upward along the plan’s own chain', () => {
    const documentOf = new Map(
      plans.flatMap((p) => p.document.provisions.map((q) => [q.id, p.document] as const)),
    );
    let strong = 0;
    let local = 0;
    for (const { document, truth } of plans) {
      expect(truth.map((t) => t.provisionId)).toEqual(document.provisions.map((p) => p.id));
      const chain = new Set([root.id, ...(document.region?.ancestors ?? []).map((code) => `syn-${code}`)]);
      for (const entry of truth) {
        expect(entry.strength === 'none').toBe(entry.lineage.length === 0 && document.level !== 'central');
        if (entry.strength === 'strong' && document.level !== 'central') strong++;
        if (entry.strength === 'none') local++;
        for (const target of entry.lineage) {
          const targetDocument = documentOf.get(target);
          expect(targetDocument && chain.has(targetDocument.id)).toBe(true);
        }
      }
    }
    expect(strong).toBeGreaterThan(100);
    expect(local).toBeGreaterThan(20);
  });
});

describe('numbering', () => {
  it('prints Chinese ordinals past 99 that the parser reads back', () => {
    expect([10, 14, 100, 103, 110, 119, 120, 999].map(chineseNumeral)).toEqual([
      '十',
      '十四',
      '一百',
      '一百零三',
      '一百一十',
      '一百一十九',
      '一百二十',
      '九百九十九',
    ]);
    for (let n = 1; n <= 999; n++) expect(chineseNumeralValue(chineseNumeral(n))).toBe(n);
  });
});

describe('truth scoring', () => {
  it('scores the true cascade as perfect and counts a wrong edge against precision only', () => {
    const index = new TruthIndex();
    for (const { document, truth } of plans) index.add(truth, document.level);
    const perfect = plans.flatMap(({ truth }) =>
      truth
        .filter((t) => t.strength !== 'none')
        .flatMap((t) =>
          t.lineage.map((target) => ({
            sourceId: t.provisionId,
            targetId: target,
            score: 1,
            method: 'combined' as const,
            evidence: { summary: '', matches: [], signals: {} },
          })),
        ),
    );
    const score = index.score(perfect);
    expect(score.precision).toBe(1);
    expect(score.recall).toBe(1);
    expect(score.nearestRecall).toBe(1);
    expect(score.unlinkedLocalRate).toBe(1);

    const local = plans[1].truth.find((t) => t.strength === 'none');
    const centralItem = root.provisions.find((p) => p.kind === 'item');
    if (!local || !centralItem) throw new Error('fixture lacks a local task or a central item');
    const wrong = { ...perfect[0], sourceId: local.provisionId, targetId: centralItem.id };
    const withWrong = index.score([...perfect, wrong]);
    expect(withWrong.correctEdges).toBe(perfect.length);
    expect(withWrong.precision).toBeCloseTo(perfect.length / (perfect.length + 1), 10);
    expect(withWrong.recall).toBe(1);
    expect(withWrong.unlinkedLocalRate).toBeLessThan(1);
  });
});
