const MAX_TITLE = 40;
const ANNOTATION_ONLY = /^\s*[(〔[][^()〔〕[\]]{0,200}[)〕\]]\s*$/;
const headingLike = (s) => s.length > 0 && s.length <= MAX_TITLE && !/[;:!?“]$/.test(s) && !/[;:]/.test(s) && (s.match(/,/g)?.length ?? 0) <= 1;
/**
 * `head` is the ordinal line without its ordinal; `hasMore` tells whether text or child provisions
 * follow it, which makes a bare phrase line (一、总体要求) a heading.
 */
export function splitInlineTitle(kind, head, hasMore) {
    const stop = head.indexOf('。');
    if (stop < 0) {
        const bare = head.trim();
        if (kind === 'section' && bare.length <= 80)
            return { title: bare, rest: '' };
        if (hasMore && headingLike(bare))
            return { title: bare, rest: '' };
        return { title: null, rest: head };
    }
    const candidate = head.slice(0, stop).trim();
    const rest = head.slice(stop + 1).trim();
    const restIsBody = rest.length > 0 && !ANNOTATION_ONLY.test(rest);
    if (headingLike(candidate) && (restIsBody || (hasMore && rest.length === 0)))
        return { title: candidate, rest };
    if (kind === 'section' && stop === head.length - 1 && candidate.length <= 80)
        return { title: candidate, rest: '' };
    return { title: null, rest: head };
}
//# sourceMappingURL=inline-title.js.map