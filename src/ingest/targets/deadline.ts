// Deadlines as printed: 到2025年, 2022年年底前, 到2025年6月底, 五年内 / 通过5年时间 (counted
// from the document's year), "十四五"期间 (the plan period ending 2025).
import { ARABIC_NUMBER, CHINESE_NUMERAL, parseNumber } from '../numerals.js';

export interface DeadlineHit {
  start: number;
  end: number;
  /** YYYY or YYYY-MM; null when relative to an unknown document year. */
  deadline: string | null;
  /** A five-year-plan period ("十四五"期间): a deadline for the goals it frames, not a goal itself. */
  planPeriod: boolean;
}

const YEAR = '((?:19|20)\\d{2})\\s*年(?:\\s*(\\d{1,2})\\s*月)?';
const ABSOLUTE_TO = new RegExp(
  `(?:到|(?<![0-9０-９]\\s*)至|截至|截止到|截止)\\s*${YEAR}(?:年?底|末|以前|之前|前)*`,
  'g',
);
const ABSOLUTE_BEFORE = new RegExp(`${YEAR}(?:年?底|末)?(?:以前|之前|前)`, 'g');
const RELATIVE = new RegExp(
  `(?:(?:通过|用|花)\\s*)?(${ARABIC_NUMBER}|${CHINESE_NUMERAL})\\s*年(?:(?:时间)?(?:之内|内)|(?:左右)?时间(?:的努力)?)`,
  'g',
);
const FIVE_YEAR_PLAN = /[“"]?(十[一二三四五六七八九]?五)[”"]?\s*(?:期间|时期|期末|末)/g;
const PLAN_END: Record<string, number> = {
  十一五: 2010,
  十二五: 2015,
  十三五: 2020,
  十四五: 2025,
  十五五: 2030,
  十六五: 2035,
};

const format = (year: string, month: string | undefined): string =>
  month ? `${year}-${month.padStart(2, '0')}` : year;

export function findDeadlines(text: string, documentYear: number | null): DeadlineHit[] {
  const hits: DeadlineHit[] = [];
  const add = (hit: DeadlineHit) => {
    if (!hits.some((h) => hit.start < h.end && h.start < hit.end)) hits.push(hit);
  };
  for (const m of text.matchAll(ABSOLUTE_TO))
    add({ start: m.index, end: m.index + m[0].length, deadline: format(m[1], m[2]), planPeriod: false });
  for (const m of text.matchAll(ABSOLUTE_BEFORE))
    add({ start: m.index, end: m.index + m[0].length, deadline: format(m[1], m[2]), planPeriod: false });
  for (const m of text.matchAll(RELATIVE)) {
    const years = parseNumber(m[1]);
    if (years === null || years <= 0 || years > 30) continue;
    add({
      start: m.index,
      end: m.index + m[0].length,
      deadline: documentYear === null ? null : String(documentYear + years),
      planPeriod: false,
    });
  }
  for (const m of text.matchAll(FIVE_YEAR_PLAN)) {
    const end = PLAN_END[m[1]];
    if (end) add({ start: m.index, end: m.index + m[0].length, deadline: String(end), planPeriod: true });
  }
  return hits.sort((a, b) => a.start - b.start);
}
