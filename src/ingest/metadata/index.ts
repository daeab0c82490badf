// Document metadata from the normalized lines: title, issuer, 文号, date, level, region, and the
// parts around the body (forwarding notice, preamble). Pure, given a gazetteer.
import type { GovernmentLevel } from '../../domain.js';
import type { RegionGazetteer } from '../../regions/index.js';
import { joinLines, type Line } from '../lines.js';
import type { ParseWarning, RegionRef } from '../schema.js';
import { splitDocumentParts, type DocumentParts } from './front-matter.js';
import { findDocNumber, isOrganizationLine, NOTICE_TITLE, parseDateLine } from './patterns.js';
import { namesTownship, resolveRegion } from './region.js';

export interface DocumentMetadata {
  title: string;
  originalTitle: string;
  issuer: string | null;
  docNumber: string | null;
  date: string | null;
  level: GovernmentLevel;
  region: RegionRef | null;
  forwardingNotice: string | null;
  preamble: string | null;
  parts: DocumentParts;
  warnings: ParseWarning[];
}

const joinTexts = (lines: readonly Line[], field: 'text' | 'original', sep: string | null): string =>
  sep === null ? joinLines(lines.map((l) => l[field])) : lines.map((l) => l[field]).join(sep);

/** 中央全面依法治国委员会关于… → 中央全面依法治国委员会. */
function issuerInTitle(title: string): string | null {
  const m = /^(.{2,40}?)关于/.exec(title);
  if (!m) return null;
  const prefix = m[1];
  return isOrganizationLine(prefix) || /^(中共中央|中央|国务院)/.test(prefix) ? prefix : null;
}

/** Values of filled-in portal metadata fields (发文机关:…, 发文字号:…, 成文日期:…). */
function chromeField(chrome: readonly Line[], labels: RegExp): string | null {
  for (const line of chrome) {
    const compact = line.text.replace(/ /g, '');
    const m = /^([^:]{2,8}):(.+)$/.exec(compact);
    if (m && labels.test(m[1]) && m[2].trim()) return m[2].trim();
  }
  return null;
}

export function readMetadata(
  lines: readonly Line[],
  chrome: readonly Line[],
  fileName: string,
  gazetteer: RegionGazetteer,
  townships?: () => RegionGazetteer,
): DocumentMetadata {
  const warnings: ParseWarning[] = [];
  const parts = splitDocumentParts(lines);
  const titleLines = parts.title ? lines.slice(parts.title.start, parts.title.end) : [];

  let title = joinTexts(titleLines, 'text', '');
  let originalTitle = joinTexts(titleLines, 'original', '');
  if (!title && parts.notice?.title) {
    title = parts.notice.title;
    originalTitle =
      lines
        .slice(parts.notice.start, parts.notice.end)
        .map((l) => /《([^《》]+)》/.exec(l.original)?.[1])
        .find(Boolean) ?? title;
  }
  if (!title) {
    // A notice title (关于印发《X》的通知) still names the document when the notice itself was not recognized.
    const named = lines
      .slice(0, parts.body.start)
      .map((l, i) => ({
        text: NOTICE_TITLE.exec(l.text)?.[3],
        original: NOTICE_TITLE.exec(lines[i].original)?.[3],
      }))
      .find((n) => n.text);
    if (named?.text) {
      title = named.text;
      originalTitle = named.original ?? named.text;
    }
  }
  if (!title) {
    title = fileName.replace(/\.[^.]+$/, '');
    originalTitle = title;
    warnings.push({
      code: 'TITLE_NOT_FOUND',
      message: 'No title line recognized; the file name stands in for the title.',
      line: null,
    });
  }

  const issuer =
    parts.notice?.issuer ??
    parts.headerIssuer ??
    parts.signature.issuer ??
    issuerInTitle(title) ??
    chromeField(chrome, /^(发文机关|发布机构|发文单位|发布单位)$/);
  const chromeDocNumber = chromeField(chrome, /^(发文字号|文号)$/);
  const docNumber = parts.docNumber ?? (chromeDocNumber ? findDocNumber(chromeDocNumber) : null);
  const chromeDate = chromeField(chrome, /^(成文日期|印发日期|发布日期|发布时间)$/);
  const date =
    parts.adoptionDate ??
    parts.notice?.date ??
    parts.signature.date ??
    (chromeDate ? parseDateLine(chromeDate.slice(0, 10)) : null);
  if (!issuer) warnings.push({ code: 'ISSUER_NOT_FOUND', message: 'No issuing body printed.', line: null });
  if (!date)
    warnings.push({ code: 'DATE_NOT_FOUND', message: 'No issue or adoption date printed.', line: null });

  const preambleLines = lines.slice(parts.preamble.start, parts.preamble.end);
  const bodyText = joinTexts(lines.slice(parts.preamble.start, parts.body.end), 'text', '\n');
  const evidence = { issuer, title, text: bodyText };
  const resolved = resolveRegion(evidence, townships && namesTownship(issuer) ? townships() : gazetteer);
  if (resolved.source === 'default' || resolved.source === 'self-reference') {
    warnings.push({
      code: 'REGION_NOT_FOUND',
      message: `No region recognized; level ${resolved.level} is a guess.`,
      line: null,
    });
  }

  return {
    title,
    originalTitle,
    issuer,
    docNumber,
    date,
    level: resolved.level,
    region: resolved.region,
    forwardingNotice: parts.notice
      ? joinTexts(lines.slice(parts.notice.start, parts.notice.end), 'text', '\n')
      : null,
    preamble: preambleLines.length ? joinTexts(preambleLines, 'text', null) : null,
    parts,
    warnings,
  };
}
