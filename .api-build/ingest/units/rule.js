// The convention a document states for reading its unit lists: "列第一位的为牵头单位"
// (first listed leads), "共同牵头" (all listed lead jointly), "分别牵头" (each leads its part).
// Stated once, usually inside the first annotation followed by "下同", it governs every list.
export const UNIT_RULE_KINDS = ['first-listed-lead', 'joint-lead', 'separate-lead', 'none'];
export const NO_UNIT_RULE = { kind: 'none', statement: null };
const UNIT_WORD = '(?:单位|部门)';
// 列第一位的为牵头单位 / 排名第一的单位为牵头单位 / 排在首位的为牵头单位 / 第一个单位为牵头单位
const FIRST_LISTED = new RegExp(`(?:列|排|排名|排列|位列|名列|排在|列在|排序)?(?:第一位?|首位|第一个|最前)的?${UNIT_WORD}?(?:为|是|系)(?:主要)?牵头${UNIT_WORD}`);
// 列出多个单位的(,)由各单位共同牵头 / 多个责任单位的共同牵头
const JOINT = new RegExp(`(?:多个|两个以上|各)(?:责任)?${UNIT_WORD}[^。;；]{0,12}?共同牵头`);
const SEPARATE = new RegExp(`(?:多个|两个以上|各)(?:责任)?${UNIT_WORD}[^。;；]{0,12}?分别牵头`);
const UNORDERED = /(?:排名|排序|排列)不分先后/;
/** Patterns that are a statement about the list rather than a unit, removed from annotations. */
export const RULE_STATEMENTS = [FIRST_LISTED, JOINT, SEPARATE, UNORDERED];
export function detectUnitRule(documentText) {
    const candidates = [];
    for (const [kind, pattern] of [
        ['first-listed-lead', FIRST_LISTED],
        ['joint-lead', JOINT],
        ['separate-lead', SEPARATE],
    ]) {
        const match = pattern.exec(documentText);
        if (match)
            candidates.push({ kind, match });
    }
    if (candidates.length === 0)
        return NO_UNIT_RULE;
    // The earliest statement is the one that says "下同" for the rest of the document.
    candidates.sort((a, b) => a.match.index - b.match.index);
    return { kind: candidates[0].kind, statement: candidates[0].match[0] };
}
/** A rule stated inside one annotation ("…,列第一位的为牵头单位,下同"). */
export const ruleInAnnotation = (annotation) => {
    const rule = detectUnitRule(annotation);
    return rule.kind === 'none' ? null : rule;
};
//# sourceMappingURL=rule.js.map