// A plan while it is being derived: its provisions in document order, each with the lineage the
// generator knows (which higher provisions it restates) and the departments that carry it.
import type { ProvisionExtractors } from '../../src/ingest/extractors.js';
import type { ConceptMention, ParsedDocument, Provision, Target } from '../../src/ingest/schema.js';

/** How strongly a provision implements its lineage: boilerplate restatements are only partial. */
export type TruthStrength = 'strong' | 'partial' | 'none';

export interface DraftProvision {
  readonly provision: Provision;
  /** Higher-level provisions this one restates, nearest first; empty for local additions. */
  readonly lineage: readonly string[];
  readonly strength: TruthStrength;
  /** Department keys (units.ts) of its responsible units, inherited by the plans below. */
  readonly departments: readonly string[];
}

export interface PlanDraft {
  readonly document: ParsedDocument;
  readonly provisions: readonly DraftProvision[];
}

/**
 * What the parser's extractors find in a provision's title and text: concept mentions and targets.
 * The benchmark uses the project's own extractors so synthetic provisions look like parsed ones.
 */
export type ProvisionAnnotator = (fields: { title: string | null; text: string }) => {
  concepts: ConceptMention[];
  targets: Target[];
};

// Sections and items that restate the guiding ideology and principles: every plan has them, and
// linking them is right but never the point (the linker is asked not to link on boilerplate alone).
const BOILERPLATE_HEADING = /总体要求|指导思想|基本原则|工作原则|主要目标|目标任务|总体目标/;

export const isBoilerplateHeading = (title: string | null): boolean =>
  title !== null && BOILERPLATE_HEADING.test(title);

/** The root plan (the real central opinions) as a draft: no lineage, partial-strength boilerplate. */
export function draftFromRoot(document: ParsedDocument): PlanDraft {
  const byPath = new Map(document.provisions.map((p) => [p.path, p]));
  const underBoilerplate = (p: Provision): boolean => {
    for (
      let cur: Provision | undefined = p;
      cur;
      cur = cur.parentPath ? byPath.get(cur.parentPath) : undefined
    ) {
      if (isBoilerplateHeading(cur.title)) return true;
    }
    return false;
  };
  return {
    document,
    provisions: document.provisions.map((provision) => ({
      provision,
      lineage: [],
      strength: underBoilerplate(provision) ? 'partial' : 'strong',
      departments: [],
    })),
  };
}

/** The project's extractors (src/ingest) as an annotator; targets resolve 五年内 against `year`. */
export function ingestAnnotator(extractors: ProvisionExtractors, year: number): ProvisionAnnotator {
  const ctx = extractors.prepare('', null, year);
  return ({ title, text }) => {
    const byName = new Map<string, ConceptMention>();
    const found = [
      ...(title ? extractors.concepts(title, 'title') : []),
      ...extractors.concepts(text, 'text'),
    ];
    for (const mention of found) {
      const known = byName.get(mention.name);
      if (known) known.spans.push(...mention.spans);
      else byName.set(mention.name, { ...mention, spans: [...mention.spans] });
    }
    return { concepts: [...byName.values()], targets: extractors.targets(text, 'text', ctx) };
  };
}
