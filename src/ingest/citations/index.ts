// Citations (issue 2, item 5): every 《…》 title a text cites, with the issuer printed before it,
// its 文号 when given, whether the text implements it or only cites it, and a normalized key
// that makes the same document cited in different spellings comparable.
import type { Citation } from '../schema.js';
import { issuerBefore, relationReader } from './context.js';
import { citationTitleKey } from './key.js';
import { scanTitles, tidyTitle, type TitleHit } from './scan.js';

export { citationTitleKey } from './key.js';

export interface CitationOptions {
  /** Short names declared elsewhere in the document: 决定 → 中共中央关于全面推进依法治国若干重大问题的决定. */
  aliases?: ReadonlyMap<string, string>;
}

const ALIAS_DECLARATION = /^\s*[(（]\s*(?:以下|下文)?简称\s*$/;
const ALIAS_AFTER = /^\s*[(（]\s*(?:以下|下文)?简称\s*《([^》]{1,20})》/;
// 《中共株洲市委〈关于全面推进依法治市的实施意见〉》: an issuer wrapping the real title.
const WRAPPED = /^(.{2,30}?)〈([^〈〉]+)〉$/;
const WRAPPER_ISSUER =
  /(中共中央|中央|国务院|委员会|办公厅|办公室|党委|省委|市委|县委|区委|州委|人民政府|政府|常委会|部|局|厅|委)$/;

// Newspapers, journals and programmes are set in 《》 too, but are not documents.
const MEDIA = /(日报|晚报|时报|周报|晨报|法治报|法制报|杂志|周刊|月刊|半月刊|频道|栏目|节目|专栏)$/;

/** Short names the text declares: 《A》(以下简称《决定》) → 决定 → A. */
export function extractCitationAliases(text: string): Map<string, string> {
  const aliases = new Map<string, string>();
  for (const hit of scanTitles(text)) {
    const m = ALIAS_AFTER.exec(text.slice(hit.endWithNumber, hit.endWithNumber + 40));
    if (m) aliases.set(tidyTitle(m[1]), tidyTitle(hit.inner));
  }
  return aliases;
}

export function extractCitations(text: string, options: CitationOptions = {}): Citation[] {
  const titles = scanTitles(text);
  const aliases = new Map([...(options.aliases ?? []), ...extractCitationAliases(text)]);
  const relationOf = relationReader(text, titles);
  const byKey = new Map<string, Citation>();
  let previousEnd = 0;

  titles.forEach((hit: TitleHit) => {
    const declaration = ALIAS_DECLARATION.test(text.slice(Math.max(previousEnd, hit.start - 8), hit.start));
    const prevEnd = previousEnd;
    previousEnd = hit.endWithNumber;
    if (declaration) return;

    let title = tidyTitle(hit.inner);
    let issuer = issuerBefore(text, hit, prevEnd);
    const wrapped = WRAPPED.exec(title);
    if (wrapped && WRAPPER_ISSUER.test(wrapped[1])) {
      issuer ??= wrapped[1];
      title = wrapped[2];
    }
    title = aliases.get(title) ?? title;
    if (title.length === 0 || MEDIA.test(title)) return;

    const citation: Citation = {
      title,
      titleKey: citationTitleKey(title),
      issuer,
      docNumber: hit.docNumber,
      relation: relationOf(hit),
    };
    const seen = byKey.get(citation.titleKey);
    if (!seen) {
      byKey.set(citation.titleKey, citation);
      return;
    }
    // The same document cited twice: keep one, with the most specific facts.
    seen.issuer ??= citation.issuer;
    seen.docNumber ??= citation.docNumber;
    if (citation.relation === 'implements') seen.relation = 'implements';
  });
  return [...byKey.values()];
}
