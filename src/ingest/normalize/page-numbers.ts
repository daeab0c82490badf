// Page numbers left by PDF extraction: lines like -3-, - 10 -, 第3页 共11页, 3/11, and the same
// marks embedded in text that lost its line breaks.

const PAGE_LINE =
  /^(?:[-—–]\s?\d{1,4}\s?[-—–]|第\s?\d{1,4}\s?页(?:\s?[,，]?\s?共\s?\d{1,4}\s?页)?|\d{1,4}\s?\/\s?\d{1,4})$/;
const INLINE_PAGE = /(^|\s)[-—–]\s?\d{1,4}\s?[-—–](?=\s|$)/g;

export const isPageNumberLine = (line: string): boolean => PAGE_LINE.test(line);

export function removePageNumbers(lines: readonly string[]): { lines: string[]; removed: number } {
  let removed = 0;
  const out: string[] = [];
  for (const line of lines) {
    if (isPageNumberLine(line)) {
      removed++;
      continue;
    }
    const cleaned = line.replace(INLINE_PAGE, (_m, lead: string) => {
      removed++;
      return lead || ' ';
    });
    const trimmed = cleaned.replace(/ {2,}/g, ' ').trim();
    if (trimmed) out.push(trimmed);
  }
  return { lines: out, removed };
}
