import { charBigrams } from './text.js';
const SEP = '\u0000';
const BREAK = /[\u0000。;;!?!?]/;
/** title + SEP + text, so that no phrase crosses from one field into the other. */
const joined = (f) => `${f.title ?? ''}${SEP}${f.text}`;
function toSpan(f, start, end) {
    const titleLength = (f.title ?? '').length;
    return start < titleLength
        ? { field: 'title', start, end }
        : { field: 'text', start: start - titleLength - 1, end: end - titleLength - 1 };
}
function occurrences(haystack, needle) {
    const out = [];
    for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1))
        out.push(i);
    return out;
}
const trim = (s, start, end) => {
    while (start < end && !/[\u3400-\u9fff]/.test(s[start]))
        start++;
    while (end > start && !/[\u3400-\u9fff]/.test(s[end - 1]))
        end--;
    return [start, end];
};
const breaks = (s) => {
    const out = new Uint8Array(s.length);
    for (let i = 0; i < s.length; i++)
        out[i] = BREAK.test(s[i]) ? 1 : 0;
    return out;
};
export function phraseSource(fields, minLength, boundaries) {
    const s = joined(fields);
    const isBreak = breaks(s);
    const grams = new Map();
    let lastBreak = -1;
    for (let i = 0; i < s.length; i++) {
        if (isBreak[i])
            lastBreak = i;
        const start = i - minLength + 1;
        if (start < 0 || lastBreak >= start)
            continue;
        const gram = s.slice(start, i + 1);
        const list = grams.get(gram);
        if (list)
            list.push(start);
        else
            grams.set(gram, [start]);
    }
    return { fields, joined: s, grams, boundaries };
}
/** Maximal common substrings (leftmost-longest in the target) of at least `minLength` characters. */
export function sharedPhrases(source, target, bigrams, options) {
    const s = source.joined;
    const t = joined(target);
    const k = options.minLength;
    const found = new Map();
    let j = 0;
    while (j + k <= t.length) {
        const list = source.grams.get(t.slice(j, j + k));
        if (!list) {
            j++;
            continue;
        }
        let best = 0;
        let at = 0;
        for (const i of list) {
            let n = k;
            while (i + n < s.length && j + n < t.length && s[i + n] === t[j + n] && !BREAK.test(s[i + n]))
                n++;
            if (n > best) {
                best = n;
                at = i;
            }
        }
        const [a, b] = alignToWords(s, ...trim(s, at, at + best), source.boundaries);
        const text = s.slice(a, b);
        if (b - a >= k && !found.has(text)) {
            const weight = informativeness(text, bigrams, options);
            if (weight > 0) {
                found.set(text, {
                    text,
                    sourceSpans: occurrences(s, text).map((x) => toSpan(source.fields, x, x + text.length)),
                    targetSpans: occurrences(t, text).map((x) => toSpan(target, x, x + text.length)),
                    weight,
                });
            }
        }
        j += best;
    }
    return [...found.values()].sort((x, y) => y.weight - x.weight);
}
/** Shrinks [a, b) to whole words so evidence never shows half a word (范公正文明执). */
function alignToWords(s, a, b, boundaries) {
    if (!boundaries)
        return [a, b];
    let x = a;
    let y = b;
    while (x < y && !boundaries.has(x))
        x++;
    while (y > x && !boundaries.has(y))
        y--;
    return trim(s, x, y);
}
/** Offsets where words start or end in title + SEP + text, from a segmentation of each field. */
export function wordBoundaries(fields, cut) {
    const out = new Set();
    const mark = (text, offset) => {
        let at = offset;
        out.add(at);
        for (const w of cut(text)) {
            at += w.length;
            out.add(at);
        }
    };
    mark(fields.title ?? '', 0);
    mark(fields.text, (fields.title ?? '').length + 1);
    return out;
}
/** IDF mass of the phrase outside boilerplate wording; 0 when what is left is generic. */
export function informativeness(phrase, bigrams, options) {
    let rest = phrase;
    for (const b of options.boilerplate)
        rest = rest.split(b).join(SEP);
    const grams = rest.split(SEP).flatMap((piece) => charBigrams(piece));
    if (grams.length === 0)
        return 0;
    const idfs = grams.map((g) => bigrams.idf(bigrams.lookup(g)));
    const sum = idfs.reduce((x, y) => x + y, 0);
    return sum / idfs.length < options.minMeanIdf ? 0 : sum;
}
//# sourceMappingURL=phrases.js.map