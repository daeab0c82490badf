// Terms the text sets in quotation marks (“枫桥经验”, “一件事”): often the names of local
// initiatives no lexicon knows. Slogans (long quotes) and bare numbers (“1411”) are not terms.
export interface QuotedTerm {
  term: string;
  start: number;
  end: number;
}

const QUOTED = /“([^“”\n]{1,40})”|「([^「」\n]{1,40})」|"([^"\n]{1,40})"/g;
const MAX_TERM = 12;

export function findQuotedTerms(text: string): QuotedTerm[] {
  const terms: QuotedTerm[] = [];
  for (const m of text.matchAll(QUOTED)) {
    const raw = m[1] ?? m[2] ?? m[3];
    const offset = m.index + 1 + (raw.length - raw.trimStart().length);
    const term = raw.trim();
    // Two characters are mostly plain words set off for emphasis (“制度”“治理”).
    if (term.length < 3 || term.length > MAX_TERM) continue;
    // Plan periods (“十四五”) are dates, not terms.
    if (/^十[一二三四五六七八九]?五$/.test(term)) continue;
    if (!/[\u4e00-\u9fa5]/.test(term)) continue;
    if (/[,，。;；!！?？]/.test(term)) continue;
    terms.push({ term, start: offset, end: offset + term.length });
  }
  return terms;
}
