// Removes reading-aid pinyin that some portals print after characters: 關(guān)於 → 關於.
// Only a parenthesized run of pinyin letters counts, so (AiRen) or (2021) stay.

const TONED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ';
// Bounded quantifiers only: each match is tried in constant time (no backtracking blow-up).
const TONED_ANNOTATION = new RegExp(`[(（](?=[a-zü${TONED}]{0,6}[${TONED}])[a-zü${TONED}]{1,7}[)）]`, 'gu');
const SYLLABLE = '(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?(?:[aeiouü]|[aeiouü][a-z]{1,4})';
const TONELESS_ANNOTATION =
  /([\u3400-\u9fff])[(（](?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?[aeiouü][a-z]{0,4}[)）]/gu;
const TONELESS_SYLLABLE = new RegExp(`^${SYLLABLE}$`);

/** Strips tone-marked annotations; returns the cleaned lines and how many were removed. */
export function stripPinyinAnnotations(lines: readonly string[]): { lines: string[]; removed: number } {
  let removed = 0;
  const toned = lines.map((line) =>
    line.replace(TONED_ANNOTATION, () => {
      removed++;
      return '';
    }),
  );
  // Neutral-tone syllables (們(men)) carry no tone mark; strip them only where the text is
  // demonstrably annotated, since a bare (a) elsewhere may be real content.
  if (removed < 3) return { lines: toned, removed };
  const out = toned.map((line) =>
    line.replace(TONELESS_ANNOTATION, (match: string, ch: string) => {
      const inner = match.slice(ch.length + 1, -1);
      if (!TONELESS_SYLLABLE.test(inner)) return match;
      removed++;
      return ch;
    }),
  );
  return { lines: out, removed };
}
