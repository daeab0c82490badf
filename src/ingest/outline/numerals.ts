// Chinese and circled numerals as printed in outline ordinals (一 … 九十九, ① … ⑳).
import { parseChineseNumeral } from '../numerals.js';

/** 十四 → 14, 二十 → 20, 一百零三 → 103; null when the string is not a well-formed ordinal numeral. */
export function chineseNumeralValue(numeral: string): number | null {
  if (!/^[〇零一二两三四五六七八九十百]{1,6}$/.test(numeral)) return null;
  const value = parseChineseNumeral(numeral);
  return value !== null && value > 0 ? value : null;
}

const CIRCLED_START = 0x2460; // ①
const CIRCLED_21 = 0x3251; // ㉑
const CIRCLED_36 = 0x32b1; // ㊱
const PARENTHESIZED_START = 0x2474; // ⑴

/** ① → 1, ⑳ → 20, ㉑ → 21, ⑴ → 1; null for any other character. */
export function circledNumeralValue(ch: string): number | null {
  const cp = ch.codePointAt(0) ?? 0;
  if (cp >= CIRCLED_START && cp < CIRCLED_START + 20) return cp - CIRCLED_START + 1;
  if (cp >= CIRCLED_21 && cp < CIRCLED_21 + 15) return cp - CIRCLED_21 + 21;
  if (cp >= CIRCLED_36 && cp < CIRCLED_36 + 15) return cp - CIRCLED_36 + 36;
  if (cp >= PARENTHESIZED_START && cp < PARENTHESIZED_START + 20) return cp - PARENTHESIZED_START + 1;
  return null;
}

export const CIRCLED_NUMERAL_CLASS = '\\u2460-\\u2473\\u3251-\\u325f\\u32b1-\\u32bf\\u2474-\\u2487';
