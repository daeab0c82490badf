// Finds where a provision names its responsible units: labelled brackets (〔责任单位:…〕,
// (牵头单位:…;配合单位:…)), labelled lines (责任单位:… after the task text), and a bare
// parenthesized list ending the provision ((市司法局、市委政法委共同牵头,市综合执法局)).
import { isOpening, matchingClose, matchingOpen, splitOutsideBrackets } from './brackets.js';
import { looksLikeUnit, normalizeUnitName, splitCompoundName } from './names.js';
import { ROLE_MARKER } from './markers.js';
import { RULE_STATEMENTS } from './rule.js';

/** How a label assigns roles: by the document's rule, or fixed by the label itself. */
export type LabelRole = 'by-rule' | 'lead' | 'support';

export interface AnnotationSegment {
  labelRole: LabelRole;
  /** The list as printed after the label (or the whole bare list). */
  list: string;
}

export interface UnitAnnotation {
  start: number;
  end: number;
  /** The raw annotation, for statements such as "列第一位的为牵头单位" inside it. */
  raw: string;
  segments: AnnotationSegment[];
  /** The annotation is a bare parenthesized list whose items did not all read as units. */
  uncertain: boolean;
}

const LABELS: readonly [string, LabelRole][] = [
  ['主要责任单位', 'by-rule'],
  ['责任单位', 'by-rule'],
  ['责任部门', 'by-rule'],
  ['责任主体', 'by-rule'],
  ['落实单位', 'by-rule'],
  ['实施单位', 'by-rule'],
  ['牵头单位', 'lead'],
  ['牵头部门', 'lead'],
  ['主责单位', 'lead'],
  ['配合单位', 'support'],
  ['配合部门', 'support'],
  ['协办单位', 'support'],
  ['协同单位', 'support'],
  ['协助单位', 'support'],
  ['参与单位', 'support'],
  ['参加单位', 'support'],
];
const LABEL_SOURCE = LABELS.map(([label]) => label).join('|');
const LABEL_AT = new RegExp(`^\\s*(${LABEL_SOURCE})\\s*[:：]`);
const LABEL_ANYWHERE = new RegExp(`(${LABEL_SOURCE})\\s*[:：]`, 'g');
const roleOfLabel = (label: string): LabelRole => LABELS.find(([l]) => l === label)?.[1] ?? 'by-rule';

// Other fields printed alongside the units: the list ends where they begin.
const OTHER_FIELD =
  /[;；,，。\s]*(完成时限|完成时间|时间节点|时限要求|时间要求|责任领导|分管领导|牵头领导|责任人|联系人|备注)\s*[:：][\s\S]*$/;

/** Splits "牵头单位:X;配合单位:Y" into labelled segments. */
function labelledSegments(printed: string): AnnotationSegment[] {
  const content = printed.replace(OTHER_FIELD, '');
  const hits = [...content.matchAll(LABEL_ANYWHERE)];
  if (hits.length === 0) return [{ labelRole: 'by-rule', list: content }];
  return hits.map((hit, i) => ({
    labelRole: roleOfLabel(hit[1]),
    list: content.slice(hit.index + hit[0].length, i + 1 < hits.length ? hits[i + 1].index : content.length),
  }));
}

const stripRuleStatements = (list: string): string =>
  RULE_STATEMENTS.reduce((acc, p) => acc.replace(new RegExp(p.source, 'g'), ''), list).replace(
    /(以下|下)同/g,
    '',
  );

/** List items of a bare parenthetical, with role markers removed, for the "is it units?" test. */
function bareItems(content: string): string[] {
  return splitOutsideBrackets(stripRuleStatements(content), '、,，;；。/')
    .map((item) => normalizeUnitName(item.trim().replace(ROLE_MARKER, '')))
    .filter((item) => item.length > 0)
    .flatMap(splitCompoundName);
}

const SENTENCE_END = /[。；;！!？?：:\n]\s*$/;

/** 【责任单位】市司法局 → 责任单位:市司法局, so bracketed labels read like the others. */
const BRACKETED_LABEL = new RegExp(`[【\\[［](${LABEL_SOURCE})[】\\]］]\\s*[:：]?`, 'g');
export const unbracketLabels = (text: string): string => text.replace(BRACKETED_LABEL, '$1:');

export function findUnitAnnotations(text: string): UnitAnnotation[] {
  const found: UnitAnnotation[] = [];
  const covered = (i: number) => found.some((a) => i >= a.start && i < a.end);

  // Labelled brackets.
  for (let i = 0; i < text.length; i++) {
    if (!isOpening(text[i]) || covered(i)) continue;
    if (!LABEL_AT.test(text.slice(i + 1, i + 12))) continue;
    const close = matchingClose(text, i);
    const end = close === -1 ? text.length : close + 1;
    const content = text.slice(i + 1, close === -1 ? text.length : close);
    found.push({
      start: i,
      end,
      raw: text.slice(i, end),
      segments: labelledSegments(content),
      uncertain: close === -1,
    });
    i = end - 1;
  }

  // Labelled lines: a label at a line start or right after a sentence, running to the line end.
  for (const hit of text.matchAll(new RegExp(`(${LABEL_SOURCE})\\s*[:：]`, 'g'))) {
    const start = hit.index;
    if (covered(start)) continue;
    const before = text.slice(0, start);
    if (before.trim().length > 0 && !SENTENCE_END.test(before) && !/\s$/.test(before)) continue;
    // Consecutive labelled lines (牵头单位:… / 配合单位:…) form one annotation.
    let end = text.indexOf('\n', start);
    end = end === -1 ? text.length : end;
    found.push({
      start,
      end,
      raw: text.slice(start, end),
      segments: labelledSegments(text.slice(start, end)),
      uncertain: false,
    });
  }

  // A bare parenthesized list closing the provision.
  const rest = removeSpans(text, found).trimEnd();
  if (rest.length > 0 && /[)）〕]$/.test(rest)) {
    const open = matchingOpen(rest, rest.length - 1);
    if (open >= 0) {
      const before = rest.slice(0, open);
      const content = rest.slice(open + 1, rest.length - 1);
      const items = bareItems(content);
      const unitLike = items.filter(looksLikeUnit).length;
      const markers = /(牵头|配合)/.test(content);
      const standsAlone =
        before.trim().length === 0 || SENTENCE_END.test(before) || /[。;；]\s*$/.test(before);
      if (
        standsAlone &&
        items.length > 0 &&
        (unitLike === items.length || (markers && unitLike >= items.length - 1))
      ) {
        const start = mapBack(text, found, open);
        const end = mapBack(text, found, rest.length - 1) + 1;
        found.push({
          start,
          end,
          raw: text.slice(start, end),
          segments: [{ labelRole: 'by-rule', list: content }],
          uncertain: unitLike < items.length,
        });
      }
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The text with the given spans cut out. */
export function removeSpans(text: string, spans: readonly { start: number; end: number }[]): string {
  let out = '';
  let at = 0;
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    out += text.slice(at, span.start);
    at = Math.max(at, span.end);
  }
  return out + text.slice(at);
}

/** Maps an index of removeSpans(text, spans) back to an index of text. */
function mapBack(text: string, spans: readonly { start: number; end: number }[], index: number): number {
  let shift = 0;
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    if (span.start - shift <= index) shift += span.end - span.start;
    else break;
  }
  return index + shift;
}

export { stripRuleStatements };
