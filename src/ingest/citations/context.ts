// Reads what surrounds a title: the issuer printed in front of it (中共中央《…》, 省委办公厅
// 省政府办公厅《…》) and whether the sentence says the document implements it (为贯彻落实,
// 根据, 按照…要求, 结合, 依据…精神) or merely mentions it.
import type { CitationRelation } from '../../domain.js';
import type { TitleHit } from './scan.js';

const CLAUSE_END = /[,，。;；:：!！?？\n]/;

// Verbs and modifiers that introduce a title and are not part of an issuer's name.
const LEAD_IN_WORDS =
  '为了|为|要|并且|并|而|且|和|及|以及|与|同|按照|依照|根据|依据|遵照|对照|参照|结合|围绕|贯彻落实|贯彻|落实|深入|全面|认真|切实|严格|坚决|进一步|扎实|学习|宣传|执行|实施|遵守|遵循|制定|出台|修订|修改|印发|发布|保证|推动|对标|以|在|将|把|由|是|其|的|等|精神|要求|相关|有关|好';
const STARTS_WITH_LEAD_IN = new RegExp(`^(${LEAD_IN_WORDS})`);
const ENDS_WITH_LEAD_IN = new RegExp(`(${LEAD_IN_WORDS})$`);

const ORG_NAME =
  /^(?:中共)?[\u4e00-\u9fa5]{0,28}(中共中央|中央|国务院|委员会|办公厅|办公室|党委|党组|省委|市委|县委|区委|州委|人民政府|政府|人大常委会|常委会|人大|法院|检察院|全会|代表大会|部|局|厅|委|办|署)$/;

/** The longest organ name ending `piece` that starts at the clause start or after a lead-in verb. */
function trailingOrg(piece: string): string | null {
  for (let i = 0; i <= piece.length - 2; i++) {
    const head = piece.slice(0, i);
    if (i > 0 && !ENDS_WITH_LEAD_IN.test(head)) continue;
    const candidate = piece.slice(i);
    if (!STARTS_WITH_LEAD_IN.test(candidate) && ORG_NAME.test(candidate)) return candidate;
  }
  return null;
}

/** The issuer printed right before the title, or null. */
export function issuerBefore(text: string, hit: TitleHit, previousEnd: number): string | null {
  const take = (end: number): { name: string; start: number } | null => {
    let start = end;
    while (
      start > previousEnd &&
      !CLAUSE_END.test(text[start - 1]) &&
      text[start - 1] !== '、' &&
      end - start < 40
    )
      start--;
    const piece = text
      .slice(start, end)
      .replace(/\s+/g, '')
      .replace(/^[^\u4e00-\u9fa5]+/, '')
      // 国务院印发的《…》, 十九届四中全会通过的《…》
      .replace(/(印发|发布|出台|制定|颁布|下发|通过|审议通过)的?$/, '');
    const name = trailingOrg(piece);
    return name ? { name, start: end - name.length } : null;
  };
  const first = take(hit.start);
  if (!first) return null;
  // Joint issuers: 中共中央办公厅、国务院办公厅《…》.
  let issuer = first.name;
  let at = hit.start - first.name.length;
  while (text[at - 1] === '、') {
    const more = take(at - 1);
    if (!more) break;
    issuer = `${more.name}、${issuer}`;
    at = at - 1 - more.name.length;
  }
  return issuer;
}

const TRIGGER = /(贯彻|落实|根据|依据|依照|遵照|结合)/;
const TRIGGER_NEEDS_PURPOSE = /(按照|围绕|对照|参照)/;
const PURPOSE_AFTER = /^[^,，。;；!！?？\n]{0,60}?(要求|精神|部署|安排)/;

/**
 * Reads relations for all titles of one text. The text is prepared once — titles blanked so
 * words inside them do not count, and clause boundaries indexed — so long lists of titles stay
 * linear.
 */
export function relationReader(
  text: string,
  titles: readonly TitleHit[],
): (hit: TitleHit) => CitationRelation {
  const chars = text.split('');
  for (const t of titles) for (let i = t.start; i < t.endWithNumber && i < chars.length; i++) chars[i] = '□';
  const masked = chars.join('');
  // Clause boundaries outside titles: the last one before i, the first one from i.
  const lastBoundary = new Int32Array(masked.length + 1);
  let last = 0;
  for (let i = 0; i <= masked.length; i++) {
    lastBoundary[i] = last;
    if (i < masked.length && CLAUSE_END.test(masked[i])) last = i + 1;
  }
  const nextBoundary = new Int32Array(masked.length + 1);
  let next = masked.length;
  for (let i = masked.length; i >= 0; i--) {
    if (i < masked.length && CLAUSE_END.test(masked[i])) next = i;
    nextBoundary[i] = next;
  }
  return (hit) => {
    const lead = masked.slice(lastBoundary[hit.start], hit.start);
    if (TRIGGER.test(lead)) return 'implements';
    if (TRIGGER_NEEDS_PURPOSE.test(lead)) {
      const after = masked.slice(hit.endWithNumber, nextBoundary[Math.min(hit.endWithNumber, masked.length)]);
      if (PURPOSE_AFTER.test(after)) return 'implements';
    }
    return 'cites';
  };
}
