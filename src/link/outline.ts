// The outline context the linker needs per provision: ancestors' titles (a task carries its
// item's and section's topic), children (a bare heading is represented by what it heads), and
// whether it is a generic provision (指导思想, 基本原则, 主要目标 …) that links to nothing.
import type { ParsedDocument, Provision } from '../ingest/schema.js';

export interface OutlineEntry {
  provision: Provision;
  /** Titles of the ancestors, nearest first. */
  contextTitles: string[];
  /** Titles (or first sentences) of the direct children. */
  childTitles: string[];
  /** A heading with (almost) no body of its own. */
  headingOnly: boolean;
  /** Under a generic heading such as 指导思想 or 总体要求. */
  general: boolean;
}

const cjkLength = (s: string): number => (s.match(/[\u3400-\u9fff]/g) ?? []).length;
const SEPARATORS = /[、,,和与及\s]/g;

/** True when a title is made only of generic headings: 指导思想、基本原则和目标任务. */
export function isGeneralTitle(title: string | null, generalTitles: readonly string[]): boolean {
  if (!title) return false;
  let rest = title.replace(/[。.::]$/, '');
  let matched = false;
  for (const g of [...generalTitles].sort((a, b) => b.length - a.length)) {
    if (rest.includes(g)) {
      matched = true;
      rest = rest.split(g).join('');
    }
  }
  return matched && rest.replace(SEPARATORS, '').length === 0;
}

const firstSentence = (text: string): string => text.split(/[。;;]/)[0] ?? '';

export function outlineOf(document: ParsedDocument, generalTitles: readonly string[]): OutlineEntry[] {
  const byPath = new Map(document.provisions.map((p) => [p.path, p]));
  const children = new Map<string, Provision[]>();
  for (const p of document.provisions) {
    if (p.parentPath === null) continue;
    const list = children.get(p.parentPath) ?? [];
    list.push(p);
    children.set(p.parentPath, list);
  }
  return document.provisions.map((provision) => {
    const contextTitles: string[] = [];
    let general = isGeneralTitle(provision.title, generalTitles);
    for (let parent = provision.parentPath; parent !== null;) {
      const up = byPath.get(parent);
      if (!up) break;
      if (up.title) contextTitles.push(up.title);
      if (isGeneralTitle(up.title, generalTitles)) general = true;
      parent = up.parentPath;
    }
    const kids = children.get(provision.path) ?? [];
    return {
      provision,
      contextTitles,
      childTitles: kids.map((k) => k.title ?? firstSentence(k.text)).filter((t) => t.length > 0),
      headingOnly: kids.length > 0 && cjkLength(provision.text) < 10,
      general,
    };
  });
}
