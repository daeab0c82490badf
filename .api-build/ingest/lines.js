/** CJK unified ideographs (BMP, extension A) — the characters of Chinese prose. */
export const CJK = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff';
export const CJK_RE = new RegExp(`[${CJK}]`, 'u');
export const CJK_GLOBAL_RE = new RegExp(`[${CJK}]`, 'gu');
export const countCjk = (text) => text.match(CJK_GLOBAL_RE)?.length ?? 0;
const PARAGRAPH_END = /[。;!?:]$/;
/**
 * Joins printed lines into text. Wrapped lines join without a break (Chinese has no spaces); a
 * sentence end, or a line `breakBefore` marks (a unit line), starts a new line.
 */
export function joinLines(lines, breakBefore = () => false) {
    let out = '';
    lines.forEach((line, i) => {
        if (i > 0)
            out += PARAGRAPH_END.test(lines[i - 1]) || breakBefore(i) ? '\n' : '';
        out += line;
    });
    return out;
}
//# sourceMappingURL=lines.js.map