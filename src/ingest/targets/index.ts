// Quantitative targets (issue 2, item 6): the metric, value, unit, comparator, period and
// deadline of each target a provision sets (矛盾纠纷就地化解率达到90%, 每年不少于2次,
// 五年内实现公职律师覆盖面达到90%), and deadlines standing on their own (到2025年,…).
import type { Target } from '../schema.js';
import { findDeadlines, type DeadlineHit } from './deadline.js';
import { findQuantities, type QuantityHit } from './quantity.js';

export interface TargetContext {
  /** Year of the document, for relative deadlines (五年内); null when unknown. */
  documentYear: number | null;
}

const CLAUSE_END = /[,，。;；:：!！?？\n]/;
const SENTENCE_END = /[。!！?？\n]/;
// Words that open a clause without belonging to the metric.
const METRIC_LEAD_IN =
  /^(?:[,，、\s]|力争|确保|努力|争取|要|并|且|使|其中|同时|推动|推进|推行|落实|突出|逐步|基本|全面|进一步|实现|达到|年内|以上|全市|全县|全区|全省)+/;
const METRIC_TAIL = /(?:的比例|比例)?(?:实现|达到|均|都|全部|要|应|需|须)+$/;

// Look-around windows: a metric is a phrase, a deadline governs its own sentence. Bounding them
// keeps text without punctuation (a bad scrape) linear.
const CLAUSE_WINDOW = 120;
const SENTENCE_WINDOW = 400;

function clauseStartBefore(text: string, index: number): number {
  let i = index;
  while (i > 0 && index - i < CLAUSE_WINDOW && !CLAUSE_END.test(text[i - 1])) i--;
  return i;
}

function clauseEndAfter(text: string, index: number): number {
  let i = index;
  while (i < text.length && i - index < CLAUSE_WINDOW && !CLAUSE_END.test(text[i])) i++;
  return i;
}

const sentenceStartBefore = (text: string, index: number): number => {
  let i = index;
  while (i > 0 && index - i < SENTENCE_WINDOW && !SENTENCE_END.test(text[i - 1])) i--;
  return i;
};

const sentenceEndAfter = (text: string, index: number): number => {
  let i = index;
  while (i < text.length && i - index < SENTENCE_WINDOW && !SENTENCE_END.test(text[i])) i++;
  return i;
};

/** Leading deadline phrase and modal words removed; returns where the metric starts. */
function metricStart(text: string, from: number, to: number, deadlines: readonly DeadlineHit[]): number {
  let at = from;
  for (let changed = true; changed && at < to;) {
    changed = false;
    const deadline = deadlines.find((d) => d.start === at && d.end <= to);
    if (deadline) {
      at = deadline.end;
      changed = true;
    }
    const lead = METRIC_LEAD_IN.exec(text.slice(at, to));
    if (lead && lead[0].length > 0) {
      at += lead[0].length;
      changed = true;
    }
  }
  return at;
}

function targetFor(
  text: string,
  field: Target['span']['field'],
  q: QuantityHit,
  deadlines: readonly DeadlineHit[],
): Target {
  const clauseStart = clauseStartBefore(text, q.phraseStart);
  let start = metricStart(text, clauseStart, q.phraseStart, deadlines);
  let metric = text.slice(start, q.phraseStart).replace(METRIC_TAIL, '').trim();
  let end = q.end;
  if (q.innerMetric) metric = text.slice(q.innerMetric.start, q.innerMetric.end).replace(/的$/, '');
  if (q.nounFollows && q.unit !== '%') {
    // 至少具有1名法学本科以上学历工作人员: the counted noun follows the number.
    const nounEnd = clauseEndAfter(text, q.end);
    const noun = text.slice(q.end, nounEnd).trim();
    if (noun.length > 0 && noun.length <= 24 && /^[\u4e00-\u9fa5]/.test(noun)) {
      metric = `${metric}${noun}`;
      end = nounEnd;
    }
  } else if (q.unit === '%' && text.startsWith('覆盖', end)) {
    end += 2;
  }
  if (metric.length === 0 && clauseStart > 0 && !SENTENCE_END.test(text[clauseStart - 1])) {
    // 全面推行…制度,到2021年实现全覆盖 / 轮训一遍,每季度不少于一次: the clause before says what.
    start = metricStart(text, clauseStartBefore(text, clauseStart - 1), clauseStart - 1, deadlines);
    metric = text.slice(start, clauseStart - 1).trim();
  }
  // The deadline: a phrase in the same clause, else the nearest earlier one in the sentence.
  const sentenceStart = sentenceStartBefore(text, q.phraseStart);
  const own = deadlines.filter((d) => d.start >= clauseStart && d.end <= q.phraseStart);
  const earlier = deadlines.filter((d) => d.start >= sentenceStart && d.end <= q.phraseStart);
  const deadline = (own.length > 0 ? own : earlier).at(-1) ?? null;
  const spanStart = own.length > 0 ? Math.min(own[0].start, start) : start;
  return {
    text: text.slice(spanStart, end),
    metric,
    value: q.value,
    unit: q.unit,
    comparator: q.comparator,
    period: q.period,
    deadline: deadline?.deadline ?? null,
    span: { field, start: spanStart, end },
  };
}

/** A deadline opening a statement with no number of its own: 到2025年,党对…领导全面加强. */
function deadlineTarget(text: string, field: Target['span']['field'], d: DeadlineHit): Target | null {
  if (d.deadline === null) return null;
  let from = d.end;
  while (from < text.length && /[,，\s]/.test(text[from])) from++;
  const to = clauseEndAfter(text, from);
  const start = metricStart(text, from, to, []);
  const metric = text.slice(start, to).trim();
  return {
    text: text.slice(d.start, d.end),
    metric,
    value: null,
    unit: null,
    comparator: null,
    period: null,
    deadline: d.deadline,
    span: { field, start: d.start, end: d.end },
  };
}

export function extractTargets(text: string, field: Target['span']['field'], ctx: TargetContext): Target[] {
  const deadlines = findDeadlines(text, ctx.documentYear);
  const quantities = findQuantities(text).filter(
    (q) => !deadlines.some((d) => q.start < d.end && d.start < q.end),
  );
  // A number with nothing it measures (提高到12.4 at a clause start) is no target.
  const targets = quantities
    .map((q) => targetFor(text, field, q, deadlines))
    .filter((t) => t.metric.length > 0);

  for (const d of deadlines) {
    // A deadline already carried by a quantity target of its sentence adds nothing.
    const sentenceEnd = sentenceEndAfter(text, d.end);
    const used =
      quantities.some((q) => q.start >= d.end && q.end <= sentenceEnd) ||
      targets.some((t) => t.span.start <= d.start && d.end <= t.span.end);
    if (used || d.planPeriod) continue;
    // A year already past when the document was issued is a review (十三五时期…取得成效), not a goal.
    if (ctx.documentYear !== null && d.deadline !== null && Number(d.deadline.slice(0, 4)) < ctx.documentYear)
      continue;
    const target = deadlineTarget(text, field, d);
    if (target && target.metric.length > 0) targets.push(target);
  }
  return targets.sort((a, b) => a.span.start - b.span.start);
}
