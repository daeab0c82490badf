// One punctuation form for parsing and matching. Length-preserving (one character for one), so
// positions in the parse text line up with the printed text.
//
// Canonical forms: ASCII for characters with an ASCII twin (（）：，；！？．％ → ():,;!?.%, full-width
// digits and letters), 〔〕 for the small brackets of document numbers; 。、《》“”—〔〕 stay.
const EXTRA = {
    '\ufe5d': '〔',
    '\ufe5e': '〕',
    '\u3014': '〔',
    '\u3015': '〕',
    '\u2236': ':',
    '\ufe30': ':',
    '\u2015': '—',
    '\u2500': '—',
    '\u301c': '~',
    '\uff5e': '~',
    '\u00b7': '·',
    '\u30fb': '·',
    '\u2018': '‘',
    '\u300c': '“',
    '\u300d': '”',
    '\u300e': '‘',
    '\u300f': '’',
    '\u2027': '·',
    '\uff61': '。',
    '\uff64': '、',
};
export function unifyPunctuation(text) {
    let out = '';
    for (const ch of text) {
        const cp = ch.codePointAt(0) ?? 0;
        if (cp >= 0xff01 && cp <= 0xff5e && ch !== '～')
            out += String.fromCodePoint(cp - 0xfee0);
        else
            out += EXTRA[ch] ?? ch;
    }
    return out;
}
//# sourceMappingURL=punctuation.js.map