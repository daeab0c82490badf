// Quantities that state a target: a comparator or a per-period word before a number with a
// unit (每年不少于2次, 达到90%, 不低于98%, 至少具有1名, 85%以上, 10至15个). A bare number with a
// counter (一件事, 一支队伍) is not a target, so Chinese numerals need a comparator or period.
import { ARABIC_NUMBER, CHINESE_NUMERAL, isArabic, parseNumber } from '../numerals.js';

export type Comparator = '>=' | '<=' | '=' | '>' | '<';

export interface QuantityHit {
  start: number;
  end: number;
  /** Where the comparator/period phrase begins (the metric ends here). */
  phraseStart: number;
  value: number;
  /** null for a ratio printed without a unit (律师万人比达到3.5). */
  unit: string | null;
  comparator: Comparator;
  period: string | null;
  /** The counted noun follows the number (至少具有1名工作人员, 10至15个班次). */
  nounFollows: boolean;
  /** 实现X全覆盖: the metric stands between the verb and 全覆盖. */
  innerMetric: { start: number; end: number } | null;
}

// 实现全覆盖 states 100% coverage without a number; the adjective (全覆盖的体系, 全覆盖培训) does not.
const FULL_COVERAGE = /实现([^,，。;；:：!！?？\n]{0,30}?)全覆盖(?![的培])/g;

/** 律师万人比达到3.5: a number right after a comparator that ends its clause. */
function bareRatios(text: string): QuantityHit[] {
  const pattern = new RegExp(`(${COMPARATOR}) ?(${ARABIC_NUMBER})(?=[,，。;；、]|$)`, 'g');
  return [...text.matchAll(pattern)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    phraseStart: m.index,
    value: parseNumber(m[2]) ?? 0,
    unit: null,
    comparator: COMPARATORS.find(([w]) => w === m[1])?.[1] ?? '=',
    period: null,
    nounFollows: false,
    innerMetric: null,
  }));
}

function fullCoverage(text: string): QuantityHit[] {
  return [...text.matchAll(FULL_COVERAGE)].map((m) => {
    const inner = m[1].trim();
    const innerStart = m.index + 2 + m[1].indexOf(inner);
    return {
      start: m.index,
      end: m.index + m[0].length,
      phraseStart: m.index,
      value: 100,
      unit: '%',
      comparator: '=' as const,
      period: null,
      nounFollows: false,
      innerMetric: inner.length > 0 ? { start: innerStart, end: innerStart + inner.length } : null,
    };
  });
}

const PERIODS: readonly [RegExp, string][] = [
  [/^每(?:个)?(?:年度|年)$|^年均$|^每年度$/, 'year'],
  [/^每半年$/, 'half-year'],
  [/^每(?:个)?季度?$/, 'quarter'],
  [/^每(?:个)?月$/, 'month'],
  [/^每周$/, 'week'],
  [/^每两年$/, '2 years'],
  [/^每三年$/, '3 years'],
];
const PERIOD = '每(?:个)?(?:年度|半年|季度|季|月|周|两年|三年|年)|年均';

const COMPARATORS: readonly [string, Comparator][] = [
  ['不少于', '>='],
  ['不低于', '>='],
  ['不小于', '>='],
  ['至少', '>='],
  ['最少', '>='],
  ['达到', '>='],
  ['达', '>='],
  ['提高到', '>='],
  ['提高至', '>='],
  ['提升到', '>='],
  ['提升至', '>='],
  ['增加到', '>='],
  ['增长到', '>='],
  ['不高于', '<='],
  ['不超过', '<='],
  ['不多于', '<='],
  ['不大于', '<='],
  ['最多', '<='],
  ['控制在', '<='],
  ['降低到', '<='],
  ['降低至', '<='],
  ['下降到', '<='],
  ['下降至', '<='],
  ['降至', '<='],
  ['压缩至', '<='],
  ['压缩到', '<='],
  ['缩短至', '<='],
  ['缩短到', '<='],
  ['减少至', '<='],
  ['减少到', '<='],
  ['低于', '<'],
  ['少于', '<'],
  ['小于', '<'],
  ['高于', '>'],
  ['超过', '>'],
  ['多于', '>'],
  ['大于', '>'],
  ['保持在', '='],
  ['稳定在', '='],
];
const COMPARATOR = COMPARATORS.map(([w]) => w).join('|');
const VERB =
  '实现|完成|保持|具有|拥有|具备|配备|配齐|培养|培育|建成|建立|设立|开展|组织|举办|召开|参加|参训|有';
const POSSESSIVE = /^(具有|拥有|具备|配备|配齐|培养|培育|建成|建立|设立|开展|组织|举办|召开|有)$/;
const UNIT =
  '%|％|‰|个百分点|个工作日|个月|课时|学时|小时|人次|万人|万元|亿元|名|人|次|个|家|项|件|场|期|批|所|天|日|户|篇|部|条|支|处|起|座|间|套|份|本|元|周';
// Counters whose noun follows: 1名法学本科以上学历工作人员, 一个法治文化阵地.
const COUNTER = /^(名|个|家|项|件|所|支|处|座|间|套|份|本|篇|部|条|户|批|场|期)$/;
const NUMBER = `${ARABIC_NUMBER}|${CHINESE_NUMERAL}`;

const QUANTITY = new RegExp(
  `(?<period>${PERIOD})? ?(?<cmp1>${COMPARATOR})? ?(?<verb>${VERB})? ?(?<cmp2>${COMPARATOR})? ?` +
    `(?:(?<pct>百分之)(?<pctNum>${NUMBER})|(?<num>${NUMBER}) ?(?:(?<unit1>${UNIT})? ?(?:[-—–~～至到]) ?(?<num2>${NUMBER}))? ?(?<unit>${UNIT}))` +
    `(?<suffix>以上|以下|以内|左右)?`,
  'g',
);

const comparatorOf = (word: string | undefined): Comparator | null =>
  word ? (COMPARATORS.find(([w]) => w === word)?.[1] ?? null) : null;

export function findQuantities(text: string): QuantityHit[] {
  const hits: QuantityHit[] = [];
  for (const m of text.matchAll(QUANTITY)) {
    const g = m.groups ?? {};
    const numberText = g.pctNum ?? g.num;
    if (!numberText) continue;
    const value = parseNumber(numberText);
    if (value === null) continue;
    const numberAt = m.index + m[0].indexOf(numberText);
    // Ordinals and parts of longer numbers or codes: 第三次, 2021年12号, “12.4”.
    const before = text.slice(0, numberAt);
    if (/第\s*$/.test(before) || /[0-9０-９.．]$/.test(before)) continue;
    const unit = g.pct ? '%' : g.unit === '％' ? '%' : g.unit;
    const percent = unit === '%' || unit === '‰' || unit === '个百分点';
    let comparator = comparatorOf(g.cmp2) ?? comparatorOf(g.cmp1);
    if (g.suffix === '以上') comparator = '>=';
    else if (g.suffix === '以下' || g.suffix === '以内') comparator = '<=';
    if (g.num2) comparator = '>=';
    const hasContext = comparator !== null || g.period !== undefined || percent;
    if (!hasContext) continue;
    // Counters after a Chinese numeral that belong to a set phrase: 一件事, 一支队伍, 两个维护.
    if (!isArabic(numberText) && !g.pct && comparator === null && g.period === undefined) continue;
    const period = g.period ? (PERIODS.find(([p]) => p.test(g.period))?.[1] ?? null) : null;
    const lead = m[0].search(/\S/);
    hits.push({
      start: m.index + Math.max(0, lead),
      end: m.index + m[0].length,
      phraseStart: m.index + Math.max(0, lead),
      value,
      unit,
      comparator: comparator ?? '=',
      period,
      nounFollows: (g.verb !== undefined && POSSESSIVE.test(g.verb)) || COUNTER.test(unit),
      innerMetric: null,
    });
  }
  for (const hit of [...fullCoverage(text), ...bareRatios(text)]) {
    if (!hits.some((h) => hit.start < h.end && h.start < hit.end)) hits.push(hit);
  }
  return hits.sort((a, b) => a.start - b.start);
}
