// Finds lexicon concepts in a provision with a real segmenter: jieba (with every name and
// alias as a user word) gives word boundaries, and a lexicon surface counts only where it starts
// and ends on one, so 普法 is not found inside an unrelated word. Longer surfaces win overlaps.
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import type { ConceptMention, Span } from '../schema.js';
import type { ConceptLexicon } from './lexicon.js';
import { findQuotedTerms } from './quoted.js';

export const QUOTED_CATEGORY = '引号术语';
// Frequent enough to beat the general dictionary; longer surfaces weigh more so that a
// lexicon phrase is not cut into two shorter lexicon words.
const userWordFrequency = (word: string): number => 50_000 * word.length;

export interface ConceptMatcher {
  match(text: string, field: Span['field']): ConceptMention[];
}

interface Surface {
  text: string;
  name: string;
  category: string;
}

function wordBoundaries(jieba: Jieba, text: string): Set<number> {
  const boundaries = new Set<number>([0, text.length]);
  let at = 0;
  for (const token of jieba.cut(text, false)) {
    const found = text.startsWith(token, at) ? at : text.indexOf(token, at);
    if (found === -1) continue;
    boundaries.add(found);
    at = found + token.length;
    boundaries.add(at);
  }
  return boundaries;
}

export function createConceptMatcher(lexicon: ConceptLexicon): ConceptMatcher {
  const surfaces: Surface[] = lexicon.concepts
    .flatMap((c) => [c.name, ...c.aliases].map((text) => ({ text, name: c.name, category: c.category })))
    .sort((a, b) => b.text.length - a.text.length);
  const jieba = Jieba.withDict(dict);
  const userWords = surfaces
    .map((s) => s.text)
    .filter((t) => /^[\u4e00-\u9fa5]+$/.test(t))
    .map((t) => `${t} ${userWordFrequency(t)} n`);
  jieba.loadDict(Buffer.from(userWords.join('\n'), 'utf8'));
  const known = new Set(surfaces.map((s) => s.text));

  return {
    match(text, field) {
      const boundaries = wordBoundaries(jieba, text);
      const taken: { start: number; end: number }[] = [];
      const overlaps = (start: number, end: number) => taken.some((t) => start < t.end && t.start < end);
      const mentions = new Map<string, ConceptMention>();
      const add = (
        name: string,
        category: string,
        source: ConceptMention['source'],
        start: number,
        end: number,
      ) => {
        const mention = mentions.get(name) ?? { name, category, source, spans: [] };
        mention.spans.push({ field, start, end });
        mentions.set(name, mention);
        taken.push({ start, end });
      };

      for (const surface of surfaces) {
        for (let i = text.indexOf(surface.text); i !== -1; i = text.indexOf(surface.text, i + 1)) {
          const end = i + surface.text.length;
          if (!boundaries.has(i) || !boundaries.has(end) || overlaps(i, end)) continue;
          add(surface.name, surface.category, 'lexicon', i, end);
        }
      }
      for (const quoted of findQuotedTerms(text)) {
        if (known.has(quoted.term)) continue;
        // A quote that is mostly a lexicon concept (“一支队伍管执法改革”) adds nothing.
        const covered = taken
          .filter((t) => t.start >= quoted.start && t.end <= quoted.end)
          .reduce((n, t) => n + (t.end - t.start), 0);
        if (taken.some((t) => t.start <= quoted.start && quoted.end <= t.end)) continue;
        if (covered / (quoted.end - quoted.start) >= 0.6) continue;
        add(quoted.term, QUOTED_CATEGORY, 'quoted', quoted.start, quoted.end);
      }

      for (const mention of mentions.values()) mention.spans.sort((a, b) => a.start - b.start);
      return [...mentions.values()].sort((a, b) => a.spans[0].start - b.spans[0].start);
    },
  };
}
