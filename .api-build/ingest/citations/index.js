import { issuerBefore, relationOf } from './context.js';
import { citationTitleKey } from './key.js';
import { scanTitles, tidyTitle } from './scan.js';
export { citationTitleKey } from './key.js';
const ALIAS_DECLARATION = /^\s*[(（]\s*(?:以下|下文)?简称\s*$/;
const ALIAS_AFTER = /^\s*[(（]\s*(?:以下|下文)?简称\s*《([^》]{1,20})》/;
// 《中共株洲市委〈关于全面推进依法治市的实施意见〉》: an issuer wrapping the real title.
const WRAPPED = /^(.{2,30}?)〈([^〈〉]+)〉$/;
const WRAPPER_ISSUER = /(中共中央|中央|国务院|委员会|办公厅|办公室|党委|省委|市委|县委|区委|州委|人民政府|政府|常委会|部|局|厅|委)$/;
/** Short names the text declares: 《A》(以下简称《决定》) → 决定 → A. */
export function extractCitationAliases(text) {
    const aliases = new Map();
    for (const hit of scanTitles(text)) {
        const m = ALIAS_AFTER.exec(text.slice(hit.endWithNumber));
        if (m)
            aliases.set(tidyTitle(m[1]), tidyTitle(hit.inner));
    }
    return aliases;
}
export function extractCitations(text, options = {}) {
    const titles = scanTitles(text);
    const aliases = new Map([...(options.aliases ?? []), ...extractCitationAliases(text)]);
    const byKey = new Map();
    let previousEnd = 0;
    titles.forEach((hit) => {
        const declaration = ALIAS_DECLARATION.test(text.slice(Math.max(previousEnd, hit.start - 8), hit.start));
        const prevEnd = previousEnd;
        previousEnd = hit.endWithNumber;
        if (declaration)
            return;
        let title = tidyTitle(hit.inner);
        let issuer = issuerBefore(text, hit, prevEnd);
        const wrapped = WRAPPED.exec(title);
        if (wrapped && WRAPPER_ISSUER.test(wrapped[1])) {
            issuer ??= wrapped[1];
            title = wrapped[2];
        }
        title = aliases.get(title) ?? title;
        if (title.length === 0)
            return;
        const citation = {
            title,
            titleKey: citationTitleKey(title),
            issuer,
            docNumber: hit.docNumber,
            relation: relationOf(text, hit, titles),
        };
        const seen = byKey.get(citation.titleKey);
        if (!seen) {
            byKey.set(citation.titleKey, citation);
            return;
        }
        // The same document cited twice: keep one, with the most specific facts.
        seen.issuer ??= citation.issuer;
        seen.docNumber ??= citation.docNumber;
        if (citation.relation === 'implements')
            seen.relation = 'implements';
    });
    return [...byKey.values()];
}
//# sourceMappingURL=index.js.map