// Chinese search terms, the same on both engines (pure). Provisions are indexed for Kuzu as
// jieba search-mode tokens (`searchText`); a query is converted to Simplified and cut with jieba
// into terms. A provision matches when its title or text contains every term; the full-text
// indexes (Kuzu FTS over `searchText`, Neo4j's CJK bigram index) only find and rank candidates.
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import * as OpenCC from 'opencc-js/t2cn';

let jieba: Jieba | null = null;
// The dictionary is large; load it on first use. It is read-only afterwards.
const segmenter = (): Jieba => (jieba ??= Jieba.withDict(dict));
const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });

const MEANINGFUL = /^[\p{L}\p{N}]+$/u;

/** Space-separated jieba search-mode tokens of a provision's title and text (Kuzu FTS field). */
export function segmentForIndex(text: string): string {
  return segmenter()
    .cutForSearch(text, false)
    .filter((t) => MEANINGFUL.test(t))
    .join(' ');
}

export interface SearchTerms {
  /** Every term a matching provision must contain. */
  terms: string[];
  /** Terms the indexes can look up (two characters or more: the CJK index holds bigrams). */
  indexTerms: string[];
  /** Kuzu QUERY_FTS_INDEX query string: the index terms, space-separated. */
  ftsQuery: string;
  /** Neo4j full-text (Lucene) query: every index term as a quoted phrase, all required. */
  luceneQuery: string;
}

const escapeLucene = (term: string): string => term.replace(/["\\]/g, '\\$&');

/** Terms of a user's query; empty terms when it has no word (callers then return nothing). */
export function searchTerms(query: string): SearchTerms {
  const simplified = toSimplified(query.normalize('NFKC'));
  const terms = [
    ...new Set(
      segmenter()
        .cut(simplified, false)
        .filter((t) => MEANINGFUL.test(t)),
    ),
  ];
  const long = terms.filter((t) => [...t].length >= 2);
  const indexTerms = long.length > 0 ? long : terms;
  return {
    terms,
    indexTerms,
    ftsQuery: indexTerms.join(' '),
    luceneQuery: indexTerms.map((t) => `"${escapeLucene(t)}"`).join(' AND '),
  };
}

/**
 * Parameters of the read/search query (both dialects take what they need from these). When
 * `terms` is empty the query has no word to look for: return no result without running it.
 */
export function searchParams(
  query: string,
  filters: { level?: string | null; regionCode?: string | null; limit?: number } = {},
): Record<string, unknown> & SearchTerms {
  return {
    ...searchTerms(query),
    level: filters.level ?? null,
    regionPrefix: filters.regionCode ? regionPrefix(filters.regionCode) : null,
    limit: filters.limit ?? 1000,
  };
}

/** GB/T 2260 codes nest by prefix: 430000 → '43', 430200 → '4302', 430221 → '430221'. */
export function regionPrefix(code: string): string {
  if (code === '000000') return '';
  let prefix = code.length > 6 ? code : code.replace(/(00)+$/, '');
  if (prefix.length % 2 === 1) prefix += '0';
  return prefix;
}
