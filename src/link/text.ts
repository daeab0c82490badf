// Text units the linker matches on: jieba words, character bigrams and sentences, all over the
// Simplified `title`/`text` of a provision, with offsets so evidence can point back into them.
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';

/** Splits Simplified text into words (any order-preserving segmentation). */
export interface Tokenizer {
  cut(text: string): string[];
}

const isCjkCode = (c: number): boolean => c >= 0x3400 && c <= 0x9fff;
const isCjk = (ch: string): boolean => isCjkCode(ch.charCodeAt(0));

/**
 * A jieba tokenizer whose dictionary also knows `extraWords` (e.g. the policy concepts found in
 * the corpus), so that 综合行政执法 stays one word instead of three.
 */
export function createJiebaTokenizer(extraWords: Iterable<string> = []): Tokenizer {
  const jieba = Jieba.withDict(dict);
  const lines = [...new Set(extraWords)]
    .filter((w) => w.length >= 2 && !/\s/.test(w))
    .map((w) => `${w} 20000 n`);
  if (lines.length > 0) jieba.loadDict(Buffer.from(lines.join('\n'), 'utf8'));
  return { cut: (text) => jieba.cut(text, false) };
}

/** Words of at least two characters that contain Chinese; punctuation, numbers and particles drop out. */
export function words(tokenizer: Tokenizer, text: string): string[] {
  if (text.length === 0) return [];
  return tokenizer.cut(text).filter((w) => w.length >= 2 && isCjk(w[0]));
}

/** Overlapping bigrams of consecutive Chinese characters (never across punctuation). */
export function charBigrams(text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < text.length; i++) {
    if (isCjkCode(text.charCodeAt(i)) && isCjkCode(text.charCodeAt(i + 1))) out.push(text.slice(i, i + 2));
  }
  return out;
}

export interface Sentence {
  field: 'title' | 'text';
  start: number;
  end: number;
  text: string;
}

const SENTENCE_END = /[。;!?;!?]/;

/** The title as one sentence, then the text cut after 。;!? (empty pieces dropped). */
export function sentences(title: string | null, text: string): Sentence[] {
  const out: Sentence[] = [];
  if (title && title.trim().length > 0)
    out.push({ field: 'title', start: 0, end: title.length, text: title });
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || SENTENCE_END.test(text[i])) {
      const end = i === text.length ? i : i + 1;
      const piece = text.slice(start, end);
      if (/[\u3400-\u9fff]{2}/.test(piece)) out.push({ field: 'text', start, end, text: piece });
      start = end;
    }
  }
  return out;
}

export { isCjk };
