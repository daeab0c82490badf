// The per-provision extractors (units, citations, targets, concepts) behind one interface, so
// the pipeline can be exercised with any of them and documents share one prepared set.
import type { RegionGazetteer } from '../regions/index.js';
import type { Citation, ConceptMention, ParseWarning, RegionRef, ResponsibleUnit, Target } from './schema.js';
import { extractCitationAliases, extractCitations } from './citations/index.js';
import { createConceptMatcher, loadConceptLexicon, type ConceptLexicon } from './concepts/index.js';
import { extractTargets } from './targets/index.js';
import { detectUnitRule, extractUnits, type UnitRule } from './units/index.js';

export interface DocumentContext {
  rule: UnitRule;
  region: RegionRef | null;
  documentYear: number | null;
  /** Short names the document declares for cited titles (以下简称《决定》). */
  citationAliases: ReadonlyMap<string, string>;
}

export interface ProvisionExtractors {
  prepare(documentText: string, region: RegionRef | null, documentYear: number | null): DocumentContext;
  units(
    text: string,
    ctx: DocumentContext,
  ): { body: string; units: ResponsibleUnit[]; warnings: ParseWarning[] };
  citations(text: string, ctx: DocumentContext): Citation[];
  targets(text: string, field: 'title' | 'text', ctx: DocumentContext): Target[];
  concepts(text: string, field: 'title' | 'text'): ConceptMention[];
}

export function createExtractors(
  gazetteer: RegionGazetteer,
  lexicon: ConceptLexicon = loadConceptLexicon(),
): ProvisionExtractors {
  const concepts = createConceptMatcher(lexicon);
  return {
    prepare: (documentText, region, documentYear) => ({
      rule: detectUnitRule(documentText),
      region,
      documentYear,
      citationAliases: extractCitationAliases(documentText),
    }),
    units: (text, ctx) => extractUnits(text, { rule: ctx.rule, region: ctx.region, gazetteer }),
    citations: (text, ctx) => extractCitations(text, { aliases: ctx.citationAliases }),
    targets: (text, field, ctx) => extractTargets(text, field, { documentYear: ctx.documentYear }),
    concepts: (text, field) => concepts.match(text, field),
  };
}
