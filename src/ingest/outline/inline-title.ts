// Separates a provision's inline title from its text: (九)着力服务市县经济高质量发展。… → title
// 着力服务市县经济高质量发展, text …. A first sentence is a title only when it reads like a heading:
// short, at most one comma, followed by more text.
import type { ProvisionKind } from '../../domain.js';

const MAX_TITLE = 40;
/** A task's first sentence with a comma is a heading only when short (推进依法行政,建设法治政府). */
const MAX_TASK_TITLE_WITH_COMMA = 20;

const OPEN = '(〔[【';
const CLOSE = ')〕]】';

/** The rest of the line is one bracketed group (a unit annotation), nested brackets allowed. */
function isAnnotationOnly(rest: string): boolean {
  const s = rest.trim();
  if (!s || !OPEN.includes(s[0])) return false;
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    if (OPEN.includes(s[i])) depth++;
    else if (CLOSE.includes(s[i]) && --depth === 0) return i === s.length - 1;
  }
  return false;
}

function headingLike(kind: ProvisionKind, s: string): boolean {
  if (s.length === 0 || s.length > MAX_TITLE || /[;:]/.test(s) || /[!?“]$/.test(s)) return false;
  const commas = s.match(/,/g)?.length ?? 0;
  if (commas === 0) return true;
  if (commas > 1) return false;
  return kind === 'section' || kind === 'item' || s.length <= MAX_TASK_TITLE_WITH_COMMA;
}

export interface TitleSplit {
  title: string | null;
  /** The rest of the head line after the title (may be empty). */
  rest: string;
}

/**
 * `head` is the ordinal line without its ordinal; `hasMore` tells whether text or child provisions
 * follow it, which makes a bare phrase line (一、总体要求) a heading.
 */
export function splitInlineTitle(kind: ProvisionKind, head: string, hasMore: boolean): TitleSplit {
  const stop = head.indexOf('。');
  if (stop < 0) {
    const bare = head.trim();
    if (kind === 'section' && bare.length <= 80) return { title: bare, rest: '' };
    if (hasMore && headingLike(kind, bare)) return { title: bare, rest: '' };
    return { title: null, rest: head };
  }
  const candidate = head.slice(0, stop).trim();
  const rest = head.slice(stop + 1).trim();
  const restIsBody = rest.length > 0 && !isAnnotationOnly(rest);
  if (headingLike(kind, candidate) && (restIsBody || (hasMore && rest.length === 0)))
    return { title: candidate, rest };
  if (kind === 'section' && stop === head.length - 1 && candidate.length <= 80)
    return { title: candidate, rest: '' };
  return { title: null, rest: head };
}
