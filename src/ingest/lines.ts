// A line of the normalized document in its two forms. `original` is as printed (artifacts removed,
// script unchanged); `text` is the parse/matching form: Simplified with unified punctuation.
export interface Line {
  original: string;
  text: string;
}

/** CJK unified ideographs (BMP, extension A) — the characters of Chinese prose. */
export const CJK = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff';
export const CJK_RE = new RegExp(`[${CJK}]`, 'u');
export const CJK_GLOBAL_RE = new RegExp(`[${CJK}]`, 'gu');

export const countCjk = (text: string): number => text.match(CJK_GLOBAL_RE)?.length ?? 0;

const PARAGRAPH_END = /[。;!?:]$/;

/**
 * Joins printed lines into text. Wrapped lines join without a break (Chinese has no spaces); a
 * sentence end, or a line `breakBefore` marks (a unit line), starts a new line.
 */
export function joinLines(
  lines: readonly string[],
  breakBefore: (i: number) => boolean = () => false,
): string {
  let out = '';
  lines.forEach((line, i) => {
    if (i > 0) out += PARAGRAPH_END.test(lines[i - 1]) || breakBefore(i) ? '\n' : '';
    out += line;
  });
  return out;
}
