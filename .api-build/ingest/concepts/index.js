// Policy concepts (issue 2, item 7): lexicon concepts and quoted terms found in a provision.
export { loadConceptLexicon, parseConceptLexicon, ConceptLexiconSchema, ConceptEntrySchema, } from './lexicon.js';
export { createConceptMatcher, QUOTED_CATEGORY } from './matcher.js';
//# sourceMappingURL=index.js.map