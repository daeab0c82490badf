// Bracket-aware scanning shared by the extractors: policy texts nest brackets freely
// (〔责任单位:各县(市)区〕, 《湖南省贯彻落实〈…〉的实施方案》), so separators and closing
// brackets only count at nesting depth 0.
const OPENING = '(（〔[【［';
const CLOSING = ')）〕]】］';
export const isOpening = (ch) => OPENING.includes(ch);
export const isClosing = (ch) => CLOSING.includes(ch);
/** Index of the bracket closing the one opened at `open`, or -1 when it is never closed. */
export function matchingClose(text, open) {
    let depth = 0;
    for (let i = open; i < text.length; i++) {
        const ch = text[i];
        if (isOpening(ch))
            depth++;
        else if (isClosing(ch)) {
            depth--;
            if (depth === 0)
                return i;
        }
    }
    return -1;
}
/** Index of the bracket opening the one closed at `close`, or -1. */
export function matchingOpen(text, close) {
    let depth = 0;
    for (let i = close; i >= 0; i--) {
        const ch = text[i];
        if (isClosing(ch))
            depth++;
        else if (isOpening(ch)) {
            depth--;
            if (depth === 0)
                return i;
        }
    }
    return -1;
}
/** Splits `text` at characters in `separators` that stand outside any bracket. */
export function splitOutsideBrackets(text, separators) {
    const parts = [];
    let depth = 0;
    let start = 0;
    for (let i = 0; i < text.length; i++) {
        const ch = text[i];
        if (isOpening(ch))
            depth++;
        else if (isClosing(ch))
            depth = Math.max(0, depth - 1);
        else if (depth === 0 && separators.includes(ch)) {
            parts.push(text.slice(start, i));
            start = i + 1;
        }
    }
    parts.push(text.slice(start));
    return parts;
}
/** Full-width and lenticular brackets as ASCII parentheses, the form used in normalized names. */
export const unifyBrackets = (text) => text.replace(/[（〔［【]/g, '(').replace(/[）〕］】]/g, ')');
//# sourceMappingURL=brackets.js.map