// Reads a parent plan as what a lower plan restates: its sections, the groups inside them (an item
// with its tasks, or a central item whose sentences become tasks), and each source sentence/task.
import type { DraftProvision, PlanDraft } from './draft.js';
import { splitSentences } from './paraphrase.js';

export interface Source {
  readonly text: string;
  /** The provisions this source restates (their lineage is inherited). */
  readonly anchors: readonly DraftProvision[];
  readonly departments: readonly string[];
}

export interface SourceGroup {
  readonly heading: DraftProvision | null;
  readonly sources: readonly Source[];
}

export interface SourceSection {
  readonly heading: DraftProvision;
  readonly groups: readonly SourceGroup[];
}

/**
 * A central item is a paragraph of long sentences; provincial plans break it into tasks of a few
 * clauses each. Sentences over `CHUNK_CHARS` are cut at clause boundaries into such pieces.
 */
const CHUNK_CHARS = 90;

function chunkSentence(sentence: string): string[] {
  if (sentence.length <= CHUNK_CHARS) return [sentence];
  const end = /[。；！？]$/.test(sentence) ? sentence.slice(-1) : '。';
  const clauses = sentence.replace(/[。；！？]$/, '').split(/(?<=[，,])/);
  const chunks: string[] = [];
  let current = '';
  for (const clause of clauses) {
    if (current.length > 0 && current.length + clause.length > CHUNK_CHARS) {
      chunks.push(current);
      current = '';
    }
    current += clause;
  }
  if (current) chunks.push(current);
  return chunks.map((c) => `${c.replace(/[，,]$/, '')}${end}`);
}

const sentenceSources = (anchor: DraftProvision): Source[] =>
  splitSentences(anchor.provision.text)
    .flatMap(chunkSentence)
    .map((text) => ({
      text,
      anchors: [anchor],
      departments: anchor.departments,
    }));

const taskSource = (anchor: DraftProvision): Source => ({
  text: anchor.provision.text,
  anchors: [anchor],
  departments: anchor.departments,
});

export function readSources(parent: PlanDraft): SourceSection[] {
  const children = new Map<string | null, DraftProvision[]>();
  for (const p of parent.provisions) {
    const list = children.get(p.provision.parentPath) ?? [];
    list.push(p);
    children.set(p.provision.parentPath, list);
  }
  const kids = (p: DraftProvision) => children.get(p.provision.path) ?? [];
  /** Every leaf below `p` (tasks may nest subtasks; a lower plan restates the leaves). */
  const leaves = (p: DraftProvision): DraftProvision[] =>
    kids(p).length === 0 ? [p] : kids(p).flatMap((k) => leaves(k));

  return (children.get(null) ?? []).map((section) => {
    const groups: SourceGroup[] = [];
    let loose: Source[] = [];
    const flushLoose = () => {
      if (loose.length > 0) groups.push({ heading: null, sources: loose });
      loose = [];
    };
    if (kids(section).length === 0 && section.provision.text) {
      groups.push({ heading: null, sources: sentenceSources(section) });
    }
    for (const child of kids(section)) {
      if (kids(child).length > 0) {
        flushLoose();
        groups.push({
          heading: child,
          sources: kids(child)
            .flatMap((k) => leaves(k))
            .map(taskSource),
        });
      } else if (
        child.provision.kind === 'task' ||
        child.provision.kind === 'subtask' ||
        child.provision.kind === 'bullet'
      ) {
        loose.push(taskSource(child));
      } else if (child.provision.text) {
        flushLoose();
        groups.push({ heading: child, sources: sentenceSources(child) });
      }
    }
    flushLoose();
    return { heading: section, groups: groups.filter((g) => g.sources.length > 0) };
  });
}
