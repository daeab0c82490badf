// Numbers as policy texts print them (shared by outline ordinals and quantitative targets): 90, 0.1, ９０ (full-width), 两, 十五, 一百二十, 百分之九十.

const DIGIT: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const MULTIPLIER: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 10000 };

// Lookbehinds keep a match from starting inside a longer number (no quadratic rescans).
export const CHINESE_NUMERAL = '(?<![零〇一二两三四五六七八九十百千万])[零〇一二两三四五六七八九十百千万]+';
export const ARABIC_NUMBER = '(?<![0-9０-９.．])[0-9０-９]+(?:[.．][0-9０-９]+)?';

/** Chinese numerals up to the 万s; null when the string is not a well-formed numeral. */
export function parseChineseNumeral(text: string): number | null {
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const ch of text) {
    if (ch in DIGIT) {
      if (digit !== null && digit !== 0) return null;
      digit = DIGIT[ch];
    } else if (ch in MULTIPLIER) {
      const m = MULTIPLIER[ch];
      if (m === 10000) {
        total += (section + (digit ?? 0)) * m;
        section = 0;
      } else {
        section += (digit ?? 1) * m;
      }
      digit = null;
    } else return null;
  }
  return total + section + (digit ?? 0);
}

export function parseNumber(text: string): number | null {
  const ascii = text.replace(/[０-９．]/g, (c) =>
    c === '．' ? '.' : String.fromCharCode(c.charCodeAt(0) - 0xfee0),
  );
  if (/^[0-9]+(\.[0-9]+)?$/.test(ascii)) return Number(ascii);
  return parseChineseNumeral(text);
}

export const isArabic = (text: string): boolean => /^[0-9０-９]/.test(text);
