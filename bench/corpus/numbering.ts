// Numbering styles of Chinese plans. Each plan prints its own style; ParsedDocument ordinals are the
// normalized forms the parser produces: `四、`, `(一)`, `3.`, `(1)`.
import type { Random } from './prng.js';

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/**
 * 1 → 一, 10 → 十, 14 → 十四, 20 → 二十, 100 → 一百, 103 → 一百零三, 110 → 一百一十. Plans that number
 * their tasks on through the whole text in `(一)` style pass 99.
 */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 999) throw new RangeError(`no Chinese numeral for ${n}`);
  if (n < 10) return DIGITS[n];
  if (n < 100) {
    const tens = Math.floor(n / 10);
    const ones = n % 10;
    return `${tens === 1 ? '' : DIGITS[tens]}十${ones === 0 ? '' : DIGITS[ones]}`;
  }
  const rest = n % 100;
  const hundreds = `${DIGITS[Math.floor(n / 100)]}百`;
  if (rest === 0) return hundreds;
  // Inside a larger number ten is 一十, and a missing tens place is read 零.
  if (rest < 10) return `${hundreds}零${DIGITS[rest]}`;
  return `${hundreds}${rest < 20 ? '一' : ''}${chineseNumeral(rest)}`;
}

export interface NumberingStyle {
  /** Whether items group the tasks (section → item → task) or tasks sit under sections. */
  readonly itemLevel: boolean;
  /** Printed and normalized ordinals per depth. */
  section(n: number): { printed: string; normalized: string };
  item(n: number): { printed: string; normalized: string };
  task(n: number): { printed: string; normalized: string };
  /** Whether task numbers run on through the whole plan instead of restarting per group. */
  readonly continuousTasks: boolean;
}

export function pickNumberingStyle(random: Random): NumberingStyle {
  const fullWidthParens = random.chance(0.4);
  const paren = (inner: string): { printed: string; normalized: string } => ({
    printed: fullWidthParens ? `（${inner}）` : `(${inner})`,
    normalized: `(${inner})`,
  });
  const taskStyle = random.pick(['dot', 'comma', 'fullDot', 'paren'] as const);
  const task = (n: number): { printed: string; normalized: string } => {
    switch (taskStyle) {
      case 'dot':
        return { printed: `${n}.`, normalized: `${n}.` };
      case 'comma':
        return { printed: `${n}、`, normalized: `${n}.` };
      case 'fullDot':
        return { printed: `${n}．`, normalized: `${n}.` };
      case 'paren':
        return paren(String(n));
      default: {
        const never: never = taskStyle;
        throw new Error(`unknown task style ${String(never)}`);
      }
    }
  };
  const itemLevel = random.chance(0.75);
  return {
    itemLevel,
    continuousTasks: !itemLevel && random.chance(0.5),
    section: (n) => ({ printed: `${chineseNumeral(n)}、`, normalized: `${chineseNumeral(n)}、` }),
    item: (n) => paren(chineseNumeral(n)),
    task: itemLevel ? task : (n) => paren(chineseNumeral(n)),
  };
}
