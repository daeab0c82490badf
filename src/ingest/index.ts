// Ingestion entry points: bytes (or a file) → ParsedDocument. Async because the .docx and .pdf
// readers are. Stages: read → normalize → metadata → outline → provisions (extractors) → validate.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { PolicyCascadeError } from '../errors.js';
import { loadGazetteer, type RegionGazetteer } from '../regions/index.js';
import { createExtractors, type ProvisionExtractors } from './extractors.js';
import { countCjk, joinLines, type Line } from './lines.js';
import { readMetadata } from './metadata/index.js';
import { documentId } from './metadata/doc-id.js';
import { normalizeText } from './normalize/index.js';
import { findClosing } from './outline/closing.js';
import { buildOutline } from './outline/tree.js';
import { buildProvisions } from './provisions.js';
import { assertSize, MIN_CJK_CHARS, readSource, sha256Hex } from './read/index.js';
import { readSidecar, type SourceMeta } from './sidecar.js';
import {
  ParsedDocumentSchema,
  SCHEMA_VERSION,
  type Citation,
  type ParsedDocument,
  type ParseWarning,
  type Provision,
} from './schema.js';

export type { ParsedDocument } from './schema.js';

export interface ParseInput {
  bytes: Uint8Array;
  fileName: string;
  meta?: SourceMeta;
}

export interface ParseOptions {
  gazetteer?: RegionGazetteer;
  /** Gazetteer with townships (41k names, slow to load); asked for only when an issuer names a township. */
  townships?: () => RegionGazetteer;
  extractors?: ProvisionExtractors;
}

interface Prepared {
  gazetteer: RegionGazetteer;
  townships: () => RegionGazetteer;
  extractors: ProvisionExtractors;
}

// Loading the gazetteer and the extractors' data is costly and the result immutable, so one
// instance serves every document parsed in this process (a cache, not shared mutable state).
let shared: Omit<Prepared, 'townships'> | null = null;
let sharedTownships: RegionGazetteer | null = null;
const defaultTownships = (): RegionGazetteer => (sharedTownships ??= loadGazetteer({ townships: true }));

function prepared(options: ParseOptions): Prepared {
  const townships = options.townships ?? defaultTownships;
  if (options.gazetteer) {
    return {
      gazetteer: options.gazetteer,
      townships,
      extractors: options.extractors ?? createExtractors(options.gazetteer),
    };
  }
  shared ??= (() => {
    const gazetteer = loadGazetteer();
    return { gazetteer, extractors: createExtractors(gazetteer) };
  })();
  return { gazetteer: shared.gazetteer, townships, extractors: options.extractors ?? shared.extractors };
}

export async function parseDocument(input: ParseInput, options: ParseOptions = {}): Promise<ParsedDocument> {
  const { bytes, fileName } = input;
  const source = await readSource(bytes, fileName);
  if (source.text.trim().length === 0) {
    throw new PolicyCascadeError('PARSE_FAILED', `${fileName} holds no text.`, {
      details: { fileName, reason: 'empty' },
    });
  }
  const cjk = countCjk(source.text);
  if (cjk < MIN_CJK_CHARS) {
    throw new PolicyCascadeError(
      'PARSE_FAILED',
      `${fileName} is not Chinese text (${cjk} Chinese characters).`,
      {
        details: { fileName, reason: 'not-chinese', cjk },
      },
    );
  }
  const { gazetteer, townships, extractors } = prepared(options);
  const normalized = normalizeText(source.text, { pdf: source.format === 'pdf' });
  const warnings: ParseWarning[] = [...normalized.warnings];
  const { lines } = normalized;

  const meta = readMetadata(lines, normalized.chrome, fileName, gazetteer, townships);
  warnings.push(...meta.warnings);
  const id = documentId({
    docNumber: meta.docNumber,
    regionCode: meta.region?.code ?? null,
    title: meta.title,
  });

  const body = lines.slice(meta.parts.body.start, meta.parts.body.end);
  const closingAt = findClosing(body.map((l) => l.text));
  const outline = buildOutline(body.slice(0, closingAt), meta.parts.body.start + 1);
  warnings.push(...outline.warnings);
  if (outline.nodes.length === 0) {
    warnings.push({
      code: 'NO_OUTLINE',
      message: 'No numbered outline (一、 (一) 1. …) recognized; the document has no provisions.',
      line: null,
    });
  }
  if (meta.parts.appendix) {
    warnings.push({
      code: 'APPENDIX_IGNORED',
      message: 'An appendix (附件) after the body was not parsed.',
      line: meta.parts.appendix.start + 1,
    });
  }

  const documentYear = meta.date ? Number(meta.date.slice(0, 4)) : yearInTitle(meta.title);
  const ctx = extractors.prepare(lines.map((l) => l.text).join('\n'), meta.region, documentYear);
  const built = buildProvisions(id, outline.nodes, extractors, ctx);
  warnings.push(...built.warnings);

  const frontText = [meta.title, meta.preamble].filter(Boolean).join('\n');
  const citations = documentCitations(extractors.citations(frontText, ctx), built.provisions, meta.title);

  const document: ParsedDocument = {
    schemaVersion: SCHEMA_VERSION,
    id,
    sourceFile: fileName,
    source: {
      file: fileName,
      format: source.format,
      sha256: sha256Hex(bytes),
      encoding: source.encoding,
      url: input.meta?.url ?? null,
      retrievedAt: input.meta?.retrievedAt ?? null,
    },
    title: meta.title,
    originalTitle: meta.originalTitle,
    issuer: meta.issuer,
    docNumber: meta.docNumber,
    date: meta.date,
    level: meta.level,
    region: meta.region,
    script: normalized.script,
    forwardingNotice: meta.forwardingNotice,
    preamble: meta.preamble,
    closing: closingAt < body.length ? joinText(body.slice(closingAt)) : null,
    citations,
    provisions: built.provisions,
    warnings,
  };
  const checked = ParsedDocumentSchema.safeParse(document);
  if (!checked.success) {
    throw new PolicyCascadeError(
      'INTERNAL',
      `Parse of ${fileName} produced an invalid document: ${checked.error.message}`,
      {
        details: { fileName, issues: checked.error.issues },
      },
    );
  }
  return checked.data;
}

/** Reads a file (refusing one over the size limit before reading it) and its `.meta.json` sidecar. */
export async function parseDocumentFile(
  filePath: string,
  options: ParseOptions = {},
): Promise<ParsedDocument> {
  const fileName = path.basename(filePath);
  let size: number;
  try {
    const info = await stat(filePath);
    if (!info.isFile())
      throw new PolicyCascadeError('BAD_USER_INPUT', `${filePath} is not a file.`, {
        details: { path: filePath },
      });
    size = info.size;
  } catch (cause) {
    if (cause instanceof PolicyCascadeError) throw cause;
    throw new PolicyCascadeError('NOT_FOUND', `Cannot read ${filePath}.`, {
      cause,
      details: { path: filePath },
    });
  }
  assertSize(size, fileName);
  const bytes = new Uint8Array(await readFile(filePath));
  const meta = await readSidecar(filePath);
  return parseDocument({ bytes, fileName, meta }, options);
}

const joinText = (lines: readonly Line[]): string => joinLines(lines.map((l) => l.text));

const yearInTitle = (title: string): number | null => {
  const m = /((?:19|20)\d{2})\s?[—–-]\s?(?:19|20)\d{2}年/.exec(title);
  return m ? Number(m[1]) : null;
};

const RELATION_STRENGTH = { implements: 1, cites: 0 } as const;

/** Every document the text cites, once (by title key), excluding the document itself. */
function documentCitations(
  front: readonly Citation[],
  provisions: readonly Provision[],
  ownTitle: string,
): Citation[] {
  const byKey = new Map<string, Citation>();
  const all = [...front, ...provisions.flatMap((p) => p.citations)];
  const ownKey = all.find((c) => c.title === ownTitle)?.titleKey;
  for (const c of all) {
    if (c.titleKey === ownKey) continue;
    const existing = byKey.get(c.titleKey);
    if (!existing) byKey.set(c.titleKey, { ...c });
    else {
      if (RELATION_STRENGTH[c.relation] > RELATION_STRENGTH[existing.relation])
        existing.relation = c.relation;
      existing.issuer ??= c.issuer;
      existing.docNumber ??= c.docNumber;
    }
  }
  return [...byKey.values()];
}
