// Paraphrasing a higher-level provision the way lower plans restate it: synonyms, clause order,
// dropped clauses, the region's own wording (全市 / 全县 for 市县), an occasional local lead-in.
import type { GovernmentLevel } from '../../src/domain.js';
import type { Random } from './prng.js';

/** Word pairs used interchangeably in plans; each is tried both ways. */
const SYNONYMS: ReadonlyArray<readonly [string, string]> = [
  ['加强', '强化'],
  ['推进', '推动'],
  ['健全', '完善'],
  ['建立', '构建'],
  ['深化', '深入推进'],
  ['提升', '提高'],
  ['确保', '保证'],
  ['积极', '大力'],
  ['开展', '组织开展'],
  ['落实', '贯彻落实'],
  ['进一步', '切实'],
  ['规范', '规范化'],
  ['机制', '工作机制'],
  ['全面', '全方位'],
  ['推行', '全面推行'],
  ['严格', '从严'],
  ['加大', '加强'],
  ['促进', '推动'],
  ['水平', '能力'],
];

const SYNONYM_RATE = 0.45;

/** What plans of each level write where the central text says 市县 / 本地区. */
const LOCAL_SCOPE: Record<GovernmentLevel, readonly string[]> = {
  central: ['市县'],
  province: ['全省各市县', '全省', '各市县'],
  city: ['全市', '我市', '全市各县(市、区)'],
  county: ['全县', '我县', '县乡两级'],
  township: ['全镇', '本乡镇'],
};

export function substituteSynonyms(text: string, random: Random): string {
  let out = text;
  for (const [a, b] of random.shuffle(SYNONYMS)) {
    const [from, to] = random.chance(0.5) ? [a, b] : [b, a];
    if (!out.includes(from) || out.includes(to) || !random.chance(SYNONYM_RATE)) continue;
    out = out.split(from).join(to);
  }
  return out;
}

/** Splits on 。；! ? keeping the terminator; empty pieces are dropped. */
export function splitSentences(text: string): string[] {
  return (text.match(/[^。；！？]+[。；！？]?/g) ?? []).map((s) => s.trim()).filter((s) => s.length > 1);
}

/** Clauses of a sentence; the parser keeps the comma width of the source (， or ,). */
function splitClauses(sentence: string): { clauses: string[]; comma: string; end: string } {
  const end = /[。；！？]$/.test(sentence) ? sentence.slice(-1) : '';
  const body = end ? sentence.slice(0, -1) : sentence;
  const comma = body.includes('，') ? '，' : ',';
  return { clauses: body.split(/[，,]/).filter((c) => c.length > 0), comma, end };
}

/** Reorders two adjacent clauses and sometimes drops one, as lower plans do when restating. */
export function reshapeClauses(sentence: string, random: Random): string {
  const { clauses, comma, end } = splitClauses(sentence);
  if (clauses.length >= 3 && random.chance(0.35)) {
    const i = random.int(1, clauses.length - 2);
    [clauses[i], clauses[i + 1]] = [clauses[i + 1], clauses[i]];
  }
  if (clauses.length >= 4 && random.chance(0.25)) clauses.splice(random.int(1, clauses.length - 1), 1);
  return `${clauses.join(comma)}${end || '。'}`;
}

/** Scope words of the levels above, which a lower plan restating its parent puts in its own terms. */
const HIGHER_SCOPE: Record<GovernmentLevel, RegExp | null> = {
  central: null,
  province: null,
  city: /全省/g,
  county: /全省|全市|我市/g,
  township: /全省|全市|我市|全县|我县/g,
};

export function localizeScope(text: string, level: GovernmentLevel, random: Random): string {
  const scope = random.pick(LOCAL_SCOPE[level]);
  const higher = HIGHER_SCOPE[level];
  const local = text
    .replace(/(全省各|各)?市县/g, scope)
    .replaceAll('本地区', level === 'province' ? '全省' : scope);
  return higher ? local.replace(higher, scope) : local;
}

/** A full restatement of `text` for a plan of `level` in `regionShortName`. */
export function paraphrase(
  text: string,
  ctx: { level: GovernmentLevel; regionShortName: string },
  random: Random,
): string {
  const sentences = splitSentences(text).map((s) => reshapeClauses(s, random));
  // A parent's own lead-in (结合鞍山实际，) gives way to this plan's.
  let out = localizeScope(substituteSynonyms(sentences.join(''), random), ctx.level, random).replace(
    /^结合[^，,]{1,12}实际[，,]/,
    '',
  );
  if (random.chance(0.15)) out = `结合${ctx.regionShortName}实际，${out}`;
  return out;
}

/** A heading restated: synonyms and scope only (headings keep their shape). */
export function paraphraseHeading(title: string, level: GovernmentLevel, random: Random): string {
  return localizeScope(substituteSynonyms(title, random), level, random).replace(/[。；]$/, '');
}
