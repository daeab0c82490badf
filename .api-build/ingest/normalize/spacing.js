// Spaces that typesetting or PDF extraction put inside Chinese text: 2025 年 → 2025年,
// “民生议事堂” 、 → “民生议事堂”、, and (for PDF text) 推 进 → 推进.
const H = '\\u3400-\\u4dbf\\u4e00-\\u9fff';
const CLOSING = '，。、；：！？）》」』”’〕】,.;:!?)\\]%％';
const OPENING = '（《「『“‘〔【(\\[';
const DIGIT_THEN_CJK = new RegExp(`(\\d) +(?=[${H}%％])`, 'gu');
// A space before an outline number (改革 1.健全) is a line break, not number spacing.
const CJK_THEN_DIGIT = new RegExp(`([${H}]) +(?=\\d(?!\\d{0,2}[.、．]))`, 'gu');
const BEFORE_CLOSING = new RegExp(` +(?=[${CLOSING}])`, 'gu');
const AFTER_OPENING = new RegExp(`([${OPENING}]) +`, 'gu');
const AFTER_CJK_PUNCT = new RegExp(`([，。、；：！？,;:）)》”]) +(?=[${H}“《（(])`, 'gu');
const CJK_GAP = new RegExp(`([${H}]) +(?=[${H}])`, 'gu');
/**
 * `lineBreaks`: spaces may still stand for lost line breaks (flowed PDF text), so a space after
 * punctuation is kept — it can separate a sentence end from the next outline ordinal.
 */
export function fixSpacing(line, options) {
    let out = line
        .replace(DIGIT_THEN_CJK, '$1')
        .replace(CJK_THEN_DIGIT, '$1')
        .replace(BEFORE_CLOSING, '')
        .replace(AFTER_OPENING, '$1');
    if (!options.lineBreaks)
        out = out.replace(AFTER_CJK_PUNCT, '$1');
    if (options.cjkGaps)
        out = out.replace(CJK_GAP, '$1');
    return out;
}
/** Spaces between two ideographs per 100 characters: high in text that lost its line breaks. */
export function cjkGapDensity(line) {
    const gaps = line.match(CJK_GAP)?.length ?? 0;
    return { gaps, perHundred: line.length ? (gaps * 100) / line.length : 0 };
}
//# sourceMappingURL=spacing.js.map