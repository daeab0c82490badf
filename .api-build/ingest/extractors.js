import { extractCitationAliases, extractCitations } from './citations/index.js';
import { createConceptMatcher, loadConceptLexicon } from './concepts/index.js';
import { extractTargets } from './targets/index.js';
import { detectUnitRule, extractUnits } from './units/index.js';
export function createExtractors(gazetteer, lexicon = loadConceptLexicon()) {
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
//# sourceMappingURL=extractors.js.map