// Splits a normalized document into its parts: forwarding notice (印发通知), header (document
// number, issuer, title, adoption note), preamble, body, signature. Pure; works on parse text.
import type { Line } from '../lines.js';
import { readMarker } from '../outline/markers.js';
import {
  endsLikeTitle,
  findDocNumber,
  findNoticeSentence,
  isDocNumberLine,
  isOrganizationLine,
  isReleaseNote,
  isTitleFragment,
  NOTICE_TITLE,
  parseAdoptionLine,
  parseDateLine,
} from './patterns.js';

export interface Range {
  start: number;
  end: number;
}

export interface DocumentParts {
  /** `title`: the document the notice issues, when it names one. */
  notice: (Range & { title: string | null; issuer: string | null; date: string | null }) | null;
  /** Lines of the document's own title (1–3 lines), or null when only the notice names it. */
  title: Range | null;
  docNumber: string | null;
  headerIssuer: string | null;
  adoptionDate: string | null;
  preamble: Range;
  body: Range;
  signature: { issuer: string | null; date: string | null };
  appendix: Range | null;
}

/** How far into the document a forwarding notice may end. */
const NOTICE_WINDOW = 30;
const MAX_TITLE_LINES = 3;

export function splitDocumentParts(lines: readonly Line[]): DocumentParts {
  const texts = lines.map((l) => l.text);
  const notice = findNotice(texts);
  const headerStart = notice ? notice.end : 0;
  const bodyStart = findBodyStart(texts, headerStart);
  const { bodyEnd, signature, appendix } = findBackMatter(texts, bodyStart);

  let docNumber = notice ? findDocNumberIn(texts, 0, notice.end) : null;
  let headerIssuer: string | null = null;
  let adoptionDate: string | null = null;
  const title = findTitle(texts, headerStart, bodyStart);
  let preambleStart = title ? title.end : headerStart;
  for (let i = headerStart; i < (title ? title.start : headerStart); i++) {
    docNumber ??= isDocNumberLine(texts[i]) ? findDocNumber(texts[i]) : null;
    if (isOrganizationLine(texts[i])) headerIssuer ??= texts[i];
  }
  // Adoption notes and document numbers printed under the title belong to the header.
  while (preambleStart < bodyStart) {
    const text = texts[preambleStart];
    const adopted = parseAdoptionLine(text);
    if (adopted) adoptionDate ??= adopted;
    else if (isDocNumberLine(text)) docNumber ??= findDocNumber(text);
    else if (!(isOrganizationLine(text) || parseDateLine(text) || isReleaseNote(text))) break;
    else if (isOrganizationLine(text)) headerIssuer ??= text;
    preambleStart++;
  }
  return {
    notice,
    title,
    docNumber,
    headerIssuer,
    adoptionDate,
    preamble: { start: preambleStart, end: bodyStart },
    body: { start: bodyStart, end: bodyEnd },
    signature,
    appendix,
  };
}

function findDocNumberIn(texts: readonly string[], start: number, end: number): string | null {
  for (let i = start; i < end; i++) {
    const found = isDocNumberLine(texts[i]) ? findDocNumber(texts[i]) : null;
    if (found) return found;
  }
  return null;
}

function findNotice(texts: readonly string[]): DocumentParts['notice'] {
  const limit = Math.min(texts.length, NOTICE_WINDOW);
  for (let p = 0; p < limit; p++) {
    if (readMarker(texts[p])?.kind === 'section') return null;
    const sentence = findNoticeSentence(texts[p]);
    if (!sentence) continue;
    let end = p + 1;
    let issuer: string | null = null;
    let date: string | null = null;
    for (let i = p + 1; i < Math.min(texts.length, p + 8); i++) {
      if (isOrganizationLine(texts[i])) {
        issuer = issuer ? `${issuer} ${texts[i]}` : texts[i];
        continue;
      }
      date = parseDateLine(texts[i]);
      if (date) {
        end = i + 1;
        break;
      }
      if (!/^附件/.test(texts[i])) break;
    }
    if (!date && issuer) end = p + 1 + issuer.split(' ').length;
    while (end < texts.length && isReleaseNote(texts[end])) end++;
    const title =
      sentence.title ??
      texts
        .slice(0, p)
        .map((t) => NOTICE_TITLE.exec(t)?.[3])
        .find(Boolean) ??
      null;
    return { start: 0, end, title, issuer, date };
  }
  return null;
}

/** The first outline entry of the body: a 一、 section, else the first ordinal of any kind. */
function findBodyStart(texts: readonly string[], from: number): number {
  let firstAny = -1;
  for (let i = from; i < texts.length; i++) {
    const marker = readMarker(texts[i]);
    if (!marker) continue;
    if (marker.kind === 'section' && marker.value === 1) return i;
    if (firstAny < 0 && (marker.value === 1 || marker.kind === 'bullet')) firstAny = i;
  }
  return firstAny >= 0 ? firstAny : texts.length;
}

function findTitle(texts: readonly string[], from: number, to: number): Range | null {
  // The title is the last title-shaped block before the prose starts; a portal headline or the
  // notice's own title (关于印发《…》的通知) may come earlier. Longer blocks win, so a title
  // broken over two lines (…建设规划 / 实施方案(2021—2025年)) is read whole.
  let found: Range | null = null;
  for (let i = from; i < to; i++) {
    if (!isTitleLine(texts[i])) {
      if (found && !isHeaderLine(texts[i]) && !isTitleFragment(texts[i])) break;
      continue;
    }
    for (let n = Math.min(MAX_TITLE_LINES, to - i); n >= 1; n--) {
      const block = texts.slice(i, i + n);
      if (block.every(isTitleLine) && block.join('').length <= 120 && endsLikeTitle(block.join(''))) {
        found = { start: i, end: i + n };
        i += n - 1;
        break;
      }
    }
  }
  return found;
}

const isHeaderLine = (text: string): boolean =>
  isDocNumberLine(text) ||
  isOrganizationLine(text) ||
  parseDateLine(text) !== null ||
  parseAdoptionLine(text) !== null ||
  isReleaseNote(text);

const isTitleLine = (text: string): boolean =>
  isTitleFragment(text) && !isHeaderLine(text) && !NOTICE_TITLE.test(text);

function findBackMatter(
  texts: readonly string[],
  bodyStart: number,
): Pick<DocumentParts, 'signature' | 'appendix'> & { bodyEnd: number } {
  let end = texts.length;
  let appendix: Range | null = null;
  for (let i = bodyStart + 1; i < texts.length; i++) {
    if (
      /^附件\s?\d{0,2}\s?[:]?$|^附件\s?\d{0,2}[:]?\s?.{0,40}$/.test(texts[i]) &&
      texts[i].length <= 40 &&
      !/[。;]/.test(texts[i])
    ) {
      appendix = { start: i, end: texts.length };
      end = i;
      break;
    }
  }
  let issuer: string | null = null;
  let date: string | null = null;
  let i = end - 1;
  while (i > bodyStart && isReleaseNote(texts[i])) i--;
  if (i > bodyStart) date = parseDateLine(texts[i]);
  if (date) {
    end = i;
    const orgs: string[] = [];
    while (end - 1 > bodyStart && isOrganizationLine(texts[end - 1])) orgs.unshift(texts[--end]);
    issuer = orgs.length ? orgs.join(' ') : null;
  }
  return { bodyEnd: end, signature: { issuer, date }, appendix };
}
