// The normalization pipeline: decoded text → printed lines without artifacts, each with its parse
// text. Every stage is a pure function over lines; the order matters (pinyin and page numbers go
// before reflow, reflow before chrome detection, chrome before repetition).
import type { ParseWarning } from '../schema.js';
import type { Line } from '../lines.js';
import { readMarker, UNIT_LINE } from '../outline/markers.js';
import { findChrome, findRunningHeaders } from './chrome.js';
import { removePageNumbers } from './page-numbers.js';
import { stripPinyinAnnotations } from './pinyin.js';
import { unifyPunctuation } from './punctuation.js';
import { isFlowedLine, joinWrappedLines, splitFlowedLine } from './reflow.js';
import { findRepeatedBlock } from './repetition.js';
import { detectScript, toSimplified } from './script.js';
import { fixSpacing } from './spacing.js';
import { splitLines } from './whitespace.js';

export interface NormalizedText {
  lines: Line[];
  /** Lines recognized as portal chrome, kept for metadata fallbacks (发文字号: …). */
  chrome: Line[];
  script: 'simplified' | 'traditional';
  warnings: ParseWarning[];
}

export const toParseText = (original: string): string => unifyPunctuation(toSimplified(original));

export function normalizeText(raw: string, options: { pdf: boolean }): NormalizedText {
  const warnings: ParseWarning[] = [];
  const warn = (code: string, message: string) => warnings.push({ code, message, line: null });

  const pinyin = stripPinyinAnnotations(splitLines(raw));
  if (pinyin.removed > 0) warn('PINYIN_REMOVED', `Removed ${pinyin.removed} pinyin reading annotations.`);

  const pages = removePageNumbers(pinyin.lines);
  if (pages.removed > 0) warn('PAGE_NUMBERS_REMOVED', `Removed ${pages.removed} page numbers.`);

  let flowed = 0;
  const reflowed: string[] = [];
  for (const line of pages.lines) {
    if (isFlowedLine(line)) {
      flowed++;
      reflowed.push(...joinWrappedLines(splitFlowedLine(line)));
    } else reflowed.push(line);
  }
  if (flowed > 0)
    warn('TEXT_REFLOWED', `Restored line breaks in ${flowed} run-on block(s) of PDF-derived text.`);
  const printed = (options.pdf ? joinWrappedLines(reflowed) : reflowed).map((line) =>
    fixSpacing(line, { cjkGaps: options.pdf || flowed > 0 }),
  );

  const all: Line[] = printed.map((original) => ({ original, text: toParseText(original) }));
  const chromeIdx = findChrome(all.map((l) => l.text));
  if (options.pdf) {
    const isContent = (text: string) =>
      readMarker(text) !== null || UNIT_LINE.test(text) || /^[(〔]/.test(text);
    for (const i of findRunningHeaders(
      all.map((l) => l.text),
      isContent,
    ))
      chromeIdx.add(i);
  }
  const chrome = all.filter((_, i) => chromeIdx.has(i));
  let lines = all.filter((_, i) => !chromeIdx.has(i));
  if (chrome.length > 0) warn('CHROME_REMOVED', `Removed ${chrome.length} line(s) of portal chrome.`);

  for (let round = 0; round < 3; round++) {
    const repeated = findRepeatedBlock(lines.map((l) => l.text));
    if (!repeated) break;
    warn(
      'REPEATED_TEXT_REMOVED',
      `Dropped ${repeated.end - repeated.start} line(s) that repeat the text above them.`,
    );
    lines = [...lines.slice(0, repeated.start), ...lines.slice(repeated.end)];
  }

  const script = detectScript(
    lines.map((l) => l.original),
    lines.map((l) => toSimplified(l.original)),
  );
  return { lines, chrome, script, warnings };
}
