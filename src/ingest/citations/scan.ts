// Finds 《…》 titles (with 〈…〉 nested inside) and the document number printed right after.
export interface TitleHit {
  /** Index of 《 and just past 》. */
  start: number;
  end: number;
  /** Content between the marks, as printed. */
  inner: string;
  /** 文号 in parentheses right after the title, e.g. 国发〔2021〕12号. */
  docNumber: string | null;
  /** End of the title including its 文号 parenthetical. */
  endWithNumber: number;
}

const MAX_TITLE = 160;
const DOC_NUMBER =
  /^\s*[(（]\s*([\u4e00-\u9fa5]{1,16}\s*[〔[［(（【]\s*(?:19|20)\d{2}\s*[〕\]］)）】]\s*(?:第\s*)?\d{1,4}\s*号)\s*[)）]/;

export function scanTitles(text: string): TitleHit[] {
  const hits: TitleHit[] = [];
  for (let i = text.indexOf('《'); i !== -1; i = text.indexOf('《', i + 1)) {
    let depth = 0;
    let close = -1;
    for (let j = i; j < text.length && j - i <= MAX_TITLE; j++) {
      if (text[j] === '《') depth++;
      else if (text[j] === '》') {
        depth--;
        if (depth === 0) {
          close = j;
          break;
        }
      } else if (text[j] === '\n') break;
    }
    if (close === -1) continue;
    const number = DOC_NUMBER.exec(text.slice(close + 1, close + 60));
    hits.push({
      start: i,
      end: close + 1,
      inner: text.slice(i + 1, close),
      docNumber: number ? number[1].replace(/\s+/g, '') : null,
      endWithNumber: close + 1 + (number ? number[0].length : 0),
    });
    i = close;
  }
  return hits;
}

/** Spaces left by line wrapping (PDF) inside a title: 《关于进一步 加强…》 → 《关于进一步加强…》. */
export const tidyTitle = (inner: string): string =>
  inner
    .replace(/\s+-\s?\d{1,3}\s?-\s+/g, '')
    .replace(/(?<=[^\p{ASCII}])\s+|\s+(?=[^\p{ASCII}])/gu, '')
    .trim();
