// A short excerpt of a provision for result lists, centred on the first search term it contains.

export function snippet(text: string, terms: readonly string[], length = 80): string {
  const chars = [...text];
  if (chars.length <= length) return text;
  const hits = terms.map((t) => (t ? text.indexOf(t) : -1)).filter((i) => i >= 0);
  // indexOf counts UTF-16 units; CJK text of the corpus is in the BMP, so units equal characters.
  const first = hits.length > 0 ? Math.min(...hits) : 0;
  const start = Math.max(0, Math.min(first - Math.floor(length / 4), chars.length - length));
  const body = chars.slice(start, start + length).join('');
  return `${start > 0 ? '…' : ''}${body}${start + length < chars.length ? '…' : ''}`;
}
