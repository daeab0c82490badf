// Restores paragraphs in PDF-derived text. Text scraped from a PDF viewer often arrives as one
// long line in which every printed line break became a space; real PDF extraction arrives as
// one line per printed line. Both are turned into printed lines, then wrapped lines are joined.
import { readMarker, UNIT_LINE } from '../outline/markers.js';
import { cjkGapDensity, fixSpacing } from './spacing.js';

/** A long line with many spaces between ideographs is flowed text, not a paragraph. */
export function isFlowedLine(line: string): boolean {
  if (line.length < 200) return false;
  const { gaps, perHundred } = cjkGapDensity(line);
  return gaps >= 8 && perHundred >= 1;
}

/** Splits flowed text at the spaces that were line breaks (spaces in numbers and punctuation go first). */
export function splitFlowedLine(line: string): string[] {
  return fixSpacing(line, { cjkGaps: false, lineBreaks: true })
    .split(' ')
    .filter((part) => part.length > 0);
}

/** Display width: ideographs and full-width punctuation 1, ASCII ½. */
export function displayWidth(line: string): number {
  let width = 0;
  for (const ch of line) width += ch.charCodeAt(0) < 0x2e80 ? 0.5 : 1;
  return width;
}

const SENTENCE_END = /[。！？!?;；:：]$/;
const STARTS_WITH_CLOSING = /^[，。、；：！？）》」』”’,.;:!?)]/;

/**
 * Joins printed lines that wrap inside a paragraph. A line "fills" the measure when it is about as
 * wide as the typical long line; a filled line continues on the next one unless that one opens a
 * new outline entry or a unit annotation.
 */
export function joinWrappedLines(lines: readonly string[]): string[] {
  const widths = lines.map(displayWidth);
  const long = widths.filter((w) => w >= 10).sort((a, b) => a - b);
  if (long.length < 5) return [...lines];
  const measure = long[Math.floor(long.length * 0.8)];
  const out: string[] = [];
  let current = '';
  let currentFull = false;
  lines.forEach((line, i) => {
    const continues =
      current !== '' &&
      (STARTS_WITH_CLOSING.test(line) ||
        (currentFull &&
          !readMarker(line) &&
          !UNIT_LINE.test(line) &&
          !(SENTENCE_END.test(current) && looksLikeParagraphStart(line))));
    if (continues) current = joinText(current, line);
    else {
      if (current) out.push(current);
      current = line;
    }
    currentFull = widths[i] >= measure - 1.5;
  });
  if (current) out.push(current);
  return out;
}

// After a sentence end, a line opening with a heading-like short phrase starts a paragraph.
const looksLikeParagraphStart = (line: string): boolean => displayWidth(line) < 8;

const joinText = (a: string, b: string): string =>
  /[A-Za-z]$/.test(a) && /^[A-Za-z]/.test(b) ? `${a} ${b}` : a + b;
