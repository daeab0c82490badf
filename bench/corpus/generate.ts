// The synthetic national corpus: the real central opinions at the root, then a plan for each
// selected province, prefecture city and county, each derived from its parent's plan. Generated
// depth-first as a stream, holding only the current chain of ancestor plans in memory.
import type { ParsedDocument } from '../../src/ingest/schema.js';
import type { Region, RegionGazetteer } from '../../src/regions/index.js';
import { PROVINCE_ABBREVIATIONS, shortName } from '../../src/regions/names.js';
import { derivePlan } from './derive.js';
import { assembleDocument } from './document.js';
import { createExtractors } from '../../src/ingest/extractors.js';
import {
  draftFromRoot,
  ingestAnnotator,
  type PlanDraft,
  type ProvisionAnnotator,
  type TruthStrength,
} from './draft.js';
import { createRandom } from './prng.js';
import { selectRegions } from './select.js';

export interface CorpusOptions {
  /** The central document every plan descends from (the real central opinions, parsed). */
  root: ParsedDocument;
  gazetteer: RegionGazetteer;
  seed: number;
  /** Share of all provinces, cities and counties that get a plan, in percent (1, 10, 100). */
  sizePercent: number;
  provisionsPerPlan?: number;
  /** Concepts and targets of generated text; defaults to the project's own extractors. */
  annotate?: ProvisionAnnotator;
}

/** The known answer for one provision: the higher provisions it restates (nearest first). */
export interface TruthEntry {
  provisionId: string;
  documentId: string;
  lineage: readonly string[];
  strength: TruthStrength;
}

export interface GeneratedPlan {
  document: ParsedDocument;
  truth: TruthEntry[];
}

const DOC_SUFFIXES = ['委发', '委办发', '政发', '政办发'] as const;

const truthOf = (draft: PlanDraft): TruthEntry[] =>
  draft.provisions.map((p) => ({
    provisionId: p.provision.id,
    documentId: draft.document.id,
    lineage: p.lineage,
    strength: p.strength,
  }));

export const syntheticDocumentId = (regionCode: string): string => `syn-${regionCode}`;

export function* generateCorpus(options: CorpusOptions): Generator<GeneratedPlan> {
  const { gazetteer, seed } = options;
  const annotate = options.annotate ?? ingestAnnotator(createExtractors(gazetteer), 2023);
  const selected = selectRegions(gazetteer, options.sizePercent, seed);
  const rootDraft = draftFromRoot(options.root);
  yield { document: options.root, truth: truthOf(rootDraft) };

  function* walk(parentCode: string, ancestors: readonly PlanDraft[]): Generator<GeneratedPlan> {
    const children = [...gazetteer.children(parentCode)].sort((a, b) => a.code.localeCompare(b.code));
    for (const region of children) {
      if (!selected.has(region.code)) continue;
      const draft = planFor(region, ancestors);
      yield { document: draft.document, truth: truthOf(draft) };
      yield* walk(region.code, [draft, ...ancestors]);
    }
  }

  function planFor(region: Region, ancestors: readonly PlanDraft[]): PlanDraft {
    const random = createRandom(seed, `plan:${region.code}`);
    const short = shortName(region.name) ?? region.name;
    const provinceCode = region.code.slice(0, 2);
    const docPrefix =
      region.level === 'province'
        ? `${PROVINCE_ABBREVIATIONS[provinceCode]?.[0] ?? short[0]}${random.pick(DOC_SUFFIXES)}`
        : `${short.slice(0, region.level === 'city' ? 1 : 2)}${random.pick(DOC_SUFFIXES)}`;
    const id = syntheticDocumentId(region.code);
    const level = region.level === 'central' ? 'province' : region.level;
    const provisions = derivePlan({
      documentId: id,
      region: { code: region.code, name: region.name, shortName: short, level },
      parent: ancestors[0],
      annotate,
      provisionsPerPlan: options.provisionsPerPlan ?? 112,
      random,
    });
    const regionRef = {
      code: region.code,
      name: region.name,
      level,
      ancestors: gazetteer
        .chain(region.code)
        .slice(0, -1)
        .map((r) => r.code),
    };
    const document = assembleDocument(
      id,
      { region: regionRef, shortName: short, docPrefix, parents: ancestors.map((a) => a.document) },
      provisions.map((p) => p.provision),
      random,
    );
    return { document, provisions };
  }

  yield* walk('000000', [rootDraft]);
}
