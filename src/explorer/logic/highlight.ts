// Splits a text into plain and highlighted segments from [start, end) spans, which may overlap,
// be unsorted, or reach past the text (spans come from the linker and the parser, which index
// the Simplified text; a re-ingested text may be shorter than stale spans).

export interface HighlightSpan {
  readonly start: number;
  readonly end: number;
  /** Why it is highlighted: 'evidence', 'concept', 'target'. Overlaps carry all tags. */
  readonly tag: string;
}

export interface TextSegment {
  readonly text: string;
  readonly start: number;
  /** Empty for plain text. Sorted, without duplicates. */
  readonly tags: readonly string[];
}

export function segmentText(text: string, spans: readonly HighlightSpan[]): TextSegment[] {
  const length = text.length;
  const valid = spans
    .map((s) => ({
      start: Math.max(0, Math.min(s.start, length)),
      end: Math.max(0, Math.min(s.end, length)),
      tag: s.tag,
    }))
    .filter((s) => s.end > s.start);
  const cuts = new Set<number>([0, length]);
  for (const s of valid) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: TextSegment[] = [];
  for (let i = 0; i + 1 < points.length; i += 1) {
    const start = points[i];
    const end = points[i + 1];
    const tags = [...new Set(valid.filter((s) => s.start <= start && s.end >= end).map((s) => s.tag))].sort();
    const previous = segments[segments.length - 1];
    if (previous && sameTags(previous.tags, tags)) {
      segments[segments.length - 1] = { ...previous, text: previous.text + text.slice(start, end) };
    } else {
      segments.push({ text: text.slice(start, end), start, tags });
    }
  }
  return segments;
}

function sameTags(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((t, i) => t === b[i]);
}

/** Spans for every occurrence of each term (evidence given as shared words rather than offsets). */
export function spansForTerms(text: string, terms: readonly string[], tag: string): HighlightSpan[] {
  const spans: HighlightSpan[] = [];
  for (const term of new Set(terms)) {
    if (!term) continue;
    let from = text.indexOf(term);
    while (from >= 0) {
      spans.push({ start: from, end: from + term.length, tag });
      from = text.indexOf(term, from + term.length);
    }
  }
  return spans;
}
