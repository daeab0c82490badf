// Turns outline nodes into Provisions: inline title apart from text, responsible units taken
// out of the text, then citations, targets and concepts found in what remains.
import { joinLines, type Line } from './lines.js';
import type { DocumentContext, ProvisionExtractors } from './extractors.js';
import type { ConceptMention, ParseWarning, Provision } from './schema.js';
import { splitInlineTitle } from './outline/inline-title.js';
import { UNIT_LINE } from './outline/markers.js';
import type { OutlineNode } from './outline/tree.js';

const joinParseText = (lines: readonly Line[]): string =>
  joinLines(
    lines.map((l) => l.text),
    (i) => UNIT_LINE.test(lines[i].text),
  );
const joinOriginal = (lines: readonly Line[]): string =>
  joinLines(
    lines.map((l) => l.original),
    (i) => UNIT_LINE.test(lines[i].text),
  );

function mergeConcepts(mentions: readonly ConceptMention[]): ConceptMention[] {
  const byName = new Map<string, ConceptMention>();
  for (const m of mentions) {
    const key = `${m.source}:${m.name}`;
    const existing = byName.get(key);
    if (existing) existing.spans.push(...m.spans);
    else byName.set(key, { ...m, spans: [...m.spans] });
  }
  return [...byName.values()];
}

export function buildProvisions(
  documentId: string,
  nodes: readonly OutlineNode[],
  extractors: ProvisionExtractors,
  ctx: DocumentContext,
): { provisions: Provision[]; warnings: ParseWarning[] } {
  const warnings: ParseWarning[] = [];
  const provisions = nodes.map((node, order): Provision => {
    const [head, ...rest] = node.lines;
    // Unit lines alone do not make the head line a heading: 目标达到100%。 / 牵头单位:… is one sentence.
    const hasMore = rest.some((l) => !UNIT_LINE.test(l.text)) || node.childCount > 0;
    const split = splitInlineTitle(node.kind, head.text, hasMore);
    const bodyLines: Line[] = split.rest ? [{ original: head.original, text: split.rest }, ...rest] : rest;
    const extraction = extractors.units(joinParseText(bodyLines), ctx);
    for (const w of extraction.warnings) warnings.push({ ...w, line: w.line ?? node.lineNumber });
    const text = extraction.body.trim();
    const title = split.title;
    // A heading line stands on its own line above its text, as printed.
    const headBreak = title !== null && !split.rest && rest.length > 0 ? '\n' : '';
    const original =
      split.rest || !title
        ? node.printedOrdinal + joinOriginal(node.lines)
        : `${node.printedOrdinal}${head.original}${headBreak}${joinOriginal(rest)}`;
    return {
      id: `${documentId}:${node.path}`,
      path: node.path,
      parentPath: node.parentPath,
      kind: node.kind,
      ordinal: node.marker.ordinal,
      ordinalNumber: node.ordinalNumber,
      order,
      depth: node.depth,
      title,
      text,
      original,
      units: extraction.units,
      targets: [
        ...(title ? extractors.targets(title, 'title', ctx) : []),
        ...extractors.targets(text, 'text', ctx),
      ],
      concepts: mergeConcepts([
        ...(title ? extractors.concepts(title, 'title') : []),
        ...extractors.concepts(text, 'text'),
      ]),
      citations: extractors.citations([title, text].filter(Boolean).join('\n'), ctx),
    };
  });
  return { provisions, warnings };
}
