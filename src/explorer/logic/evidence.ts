// Highlight spans of a provision's own text: where the linker found shared concepts and phrases
// with the provisions it implements (source spans) or that implement it (target spans), and the
// quantified targets the parser found.
import type { ApiProvisionDetails, ApiSpan } from '../api/types.js';
import { type HighlightSpan, spansForTerms } from './highlight.js';

export function provisionHighlights(p: ApiProvisionDetails, field: 'TEXT' | 'TITLE'): HighlightSpan[] {
  const spans: HighlightSpan[] = [];
  const add = (list: readonly ApiSpan[]) => {
    for (const s of list) if (s.field === field) spans.push({ start: s.start, end: s.end, tag: 'evidence' });
  };
  for (const link of p.implements) for (const m of link.evidence.matches) add(m.sourceSpans);
  for (const link of p.implementedBy.nodes) for (const m of link.evidence.matches) add(m.targetSpans);
  const text = field === 'TEXT' ? p.text : (p.title ?? '');
  spans.push(
    ...spansForTerms(
      text,
      p.targets.map((t) => t.text),
      'target',
    ),
  );
  return spans;
}
