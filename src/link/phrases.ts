// Shared phrases: maximal runs of text that a lower provision copies from a higher one, with
// spans in both. Plans often repeat the central wording verbatim (依法委托或授予乡镇(街道)行政执法权…),
// which is strong evidence; phrases made of boilerplate (习近平法治思想) carry no weight.
import type { Span } from '../ingest/schema.js';
import { charBigrams } from './text.js';
import type { Vocabulary } from './vectors.js';

export interface Fields {
  title: string | null;
  text: string;
}

export interface SharedPhrase {
  text: string;
  sourceSpans: Span[];
  targetSpans: Span[];
  /** Sum of the IDF of its non-boilerplate bigrams. */
  weight: number;
}

const SEP = '\u0000';
// The field separator and sentence ends: no phrase runs across them.
const BREAKS = new Set([SEP, '\u3002', ';', '\uff1b', '!', '?', '\uff01', '\uff1f']);
const isBreak = (ch: string): boolean => BREAKS.has(ch);

/** title + SEP + text, so that no phrase crosses from one field into the other. */
const joined = (f: Fields): string => `${f.title ?? ''}${SEP}${f.text}`;

function toSpan(f: Fields, start: number, end: number): Span {
  const titleLength = (f.title ?? '').length;
  return start < titleLength
    ? { field: 'title', start, end }
    : { field: 'text', start: start - titleLength - 1, end: end - titleLength - 1 };
}

function occurrences(haystack: string, needle: string): number[] {
  const out: number[] = [];
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) out.push(i);
  return out;
}

const trim = (s: string, start: number, end: number): [number, number] => {
  while (start < end && !/[\u3400-\u9fff]/.test(s[start])) start++;
  while (end > start && !/[\u3400-\u9fff]/.test(s[end - 1])) end--;
  return [start, end];
};

export interface PhraseOptions {
  minLength: number;
  /** Remembers informativeness per phrase text across calls (phrases recur across pairs). */
  cache?: Map<string, number>;
  /** Mean bigram IDF below this is boilerplate wording. */
  minMeanIdf: number;
  boilerplate: readonly string[];
}

/** A source provision prepared once for matching against many targets. */
export interface PhraseSource {
  fields: Fields;
  joined: string;
  /** k-gram → start offsets in `joined` (grams crossing a sentence break are left out). */
  grams: Map<string, number[]>;
  boundaries: ReadonlySet<number> | undefined;
}

const breaks = (s: string): Uint8Array => {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = isBreak(s[i]) ? 1 : 0;
  return out;
};

export function phraseSource(
  fields: Fields,
  minLength: number,
  boundaries?: ReadonlySet<number>,
): PhraseSource {
  const s = joined(fields);
  const isBreak = breaks(s);
  const grams = new Map<string, number[]>();
  let lastBreak = -1;
  for (let i = 0; i < s.length; i++) {
    if (isBreak[i]) lastBreak = i;
    const start = i - minLength + 1;
    if (start < 0 || lastBreak >= start) continue;
    const gram = s.slice(start, i + 1);
    const list = grams.get(gram);
    if (list) list.push(start);
    else grams.set(gram, [start]);
  }
  return { fields, joined: s, grams, boundaries };
}

/** Maximal common substrings (leftmost-longest in the target) of at least `minLength` characters. */
export function sharedPhrases(
  source: PhraseSource,
  target: Fields,
  bigrams: Vocabulary,
  options: PhraseOptions,
): SharedPhrase[] {
  const s = source.joined;
  const t = joined(target);
  const k = options.minLength;
  const found = new Map<string, SharedPhrase>();
  let j = 0;
  while (j + k <= t.length) {
    const list = source.grams.get(t.slice(j, j + k));
    if (!list) {
      j++;
      continue;
    }
    let best = 0;
    let at = 0;
    for (const i of list) {
      let n = k;
      while (i + n < s.length && j + n < t.length && s[i + n] === t[j + n] && !isBreak(s[i + n])) n++;
      if (n > best) {
        best = n;
        at = i;
      }
    }
    const [a, b] = alignToWords(s, ...trim(s, at, at + best), source.boundaries);
    const text = s.slice(a, b);
    if (b - a >= k && !found.has(text)) {
      let weight = options.cache?.get(text);
      if (weight === undefined) {
        weight = informativeness(text, bigrams, options);
        if (options.cache && options.cache.size < 200_000) options.cache.set(text, weight);
      }
      if (weight > 0) {
        found.set(text, {
          text,
          sourceSpans: occurrences(s, text).map((x) => toSpan(source.fields, x, x + text.length)),
          targetSpans: occurrences(t, text).map((x) => toSpan(target, x, x + text.length)),
          weight,
        });
      }
    }
    j += best;
  }
  // A phrase found again inside a longer shared phrase adds nothing.
  const all = [...found.values()];
  return all
    .filter((p) => !all.some((q) => q !== p && q.text.length > p.text.length && q.text.includes(p.text)))
    .sort((x, y) => y.weight - x.weight);
}

/** Shrinks [a, b) to whole words so evidence never shows half a word (范公正文明执). */
function alignToWords(
  s: string,
  a: number,
  b: number,
  boundaries: ReadonlySet<number> | undefined,
): [number, number] {
  if (!boundaries) return [a, b];
  let x = a;
  let y = b;
  while (x < y && !boundaries.has(x)) x++;
  while (y > x && !boundaries.has(y)) y--;
  return trim(s, x, y);
}

/** Offsets where words start or end in title + SEP + text, from a segmentation of each field. */
export function wordBoundaries(fields: Fields, cut: (text: string) => string[]): Set<number> {
  const out = new Set<number>();
  const mark = (text: string, offset: number) => {
    let at = offset;
    out.add(at);
    for (const w of cut(text)) {
      at += w.length;
      out.add(at);
    }
  };
  mark(fields.title ?? '', 0);
  mark(fields.text, (fields.title ?? '').length + 1);
  return out;
}

/** IDF mass of the phrase outside boilerplate wording; 0 when what is left is generic. */
export function informativeness(phrase: string, bigrams: Vocabulary, options: PhraseOptions): number {
  let rest = phrase;
  for (const b of options.boilerplate) rest = rest.split(b).join(SEP);
  const grams = rest.split(SEP).flatMap((piece) => charBigrams(piece));
  if (grams.length === 0) return 0;
  const idfs = grams.map((g) => bigrams.idf(bigrams.lookup(g)));
  const sum = idfs.reduce((x, y) => x + y, 0);
  return sum / idfs.length < options.minMeanIdf ? 0 : sum;
}
