// Splits decoded text into trimmed, non-empty lines with one kind of space.
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
const SPACES = /[\t\v\f\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
export function splitLines(raw) {
    return raw
        .replace(/\r\n?/g, '\n')
        .replace(/[\u2028\u2029\u0085]/g, '\n')
        .replace(INVISIBLE, '')
        .replace(SPACES, ' ')
        .split('\n')
        .map((line) => line.replace(/ {2,}/g, ' ').trim())
        .filter((line) => line.length > 0);
}
//# sourceMappingURL=whitespace.js.map