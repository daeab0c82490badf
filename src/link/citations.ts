// Document-level edges from citations: IMPLEMENTS_DOC for 为贯彻落实《X》-style citations, CITES
// for the rest. Cited titles resolve to corpus documents by 文号, else by normalized title; a
// document the corpus does not hold becomes a referenced-only document with an inferred level.
import { createHash } from 'node:crypto';
import type { CitationRelation, GovernmentLevel } from '../domain.js';
import { citationTitleKey } from '../ingest/citations/index.js';
import type { Citation, ParsedDocument } from '../ingest/schema.js';
import type { DocumentLink, ReferencedDocument } from './types.js';

export interface ResolvedCitations {
  documentLinks: DocumentLink[];
  referencedDocuments: ReferencedDocument[];
  /** Source document id → ids of corpus documents it says it implements. */
  implementedBy: Map<string, Set<string>>;
  /** Provision id → ids of corpus documents the provision itself cites. */
  citedByProvision: Map<string, Set<string>>;
}

/** 湘发〔2016〕19号, 湘发[2016]19 号 and 湘发(2016)19号 are the same number. */
export const docNumberKey = (n: string): string =>
  n
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/[[(【［〔]/g, '〔')
    .replace(/[\])】］〕]/g, '〕');

/** Stable id of a document known only from citations. */
export const referencedDocumentId = (titleKey: string): string =>
  `ref-${createHash('sha256').update(titleKey).digest('hex').slice(0, 16)}`;

const CENTRAL_ISSUER =
  /^(中共中央|中央|国务院|全国人大|全国人民代表大会|最高人民法院|最高人民检察院|中华人民共和国)/;
const CENTRAL_NUMBER = /^(中发|中办发|国发|国办发|中委发)/;

/** The level of a cited document from its issuer, title prefix or 文号; null when nothing says. */
export function inferLevel(
  citation: Pick<Citation, 'title' | 'issuer' | 'docNumber'>,
): GovernmentLevel | null {
  const issuer = citation.issuer ?? '';
  if (issuer) {
    if (CENTRAL_ISSUER.test(issuer) || /^(司法部|公安部|民政部|财政部)/.test(issuer)) return 'central';
    const level = levelFromName(issuer.replace(/^中共/, ''));
    if (level) return level;
  }
  if (citation.docNumber && CENTRAL_NUMBER.test(citation.docNumber)) return 'central';
  const title = citation.title;
  if (CENTRAL_ISSUER.test(title)) return 'central';
  const prefix = /^(.{2,12}?)(关于|贯彻|实施|〈)/.exec(title)?.[1];
  const fromTitle = prefix ? levelFromName(prefix) : null;
  if (fromTitle) return fromTitle;
  // A national law or regulation is cited by its bare name: 行政强制法, 信访条例.
  if (/((?<!办)法|法典|条例)$/.test(title) && !/(省|市|县|自治区|自治州)/.test(title)) return 'central';
  return null;
}

function levelFromName(name: string): GovernmentLevel | null {
  if (/(省委|省政府|省人民政府|省人大|自治区|省)/.test(name)) return 'province';
  if (/(市委|市政府|市人民政府|州委|市)/.test(name)) return 'city';
  if (/(县委|县政府|县人民政府|区委|旗委|县)/.test(name)) return 'county';
  if (/(乡|镇|街道)/.test(name)) return 'township';
  return null;
}

export function resolveCitations(documents: readonly ParsedDocument[]): ResolvedCitations {
  const byNumber = new Map<string, ParsedDocument>();
  const byTitle = new Map<string, ParsedDocument>();
  for (const d of documents) {
    if (d.docNumber) byNumber.set(docNumberKey(d.docNumber), d);
    for (const t of [d.title, d.originalTitle]) byTitle.set(citationTitleKey(t), d);
  }
  const resolve = (c: Citation): ParsedDocument | undefined =>
    (c.docNumber ? byNumber.get(docNumberKey(c.docNumber)) : undefined) ?? byTitle.get(c.titleKey);

  const links = new Map<string, DocumentLink>();
  const referenced = new Map<string, ReferencedDocument>();
  const implementedBy = new Map<string, Set<string>>();
  const citedByProvision = new Map<string, Set<string>>();

  const addLink = (
    source: ParsedDocument,
    targetId: string,
    relation: CitationRelation,
    citedTitle: string,
  ) => {
    if (targetId === source.id) return;
    const key = `${source.id}\u0000${targetId}`;
    const seen = links.get(key);
    if (!seen)
      links.set(key, { sourceDocumentId: source.id, targetDocumentId: targetId, relation, citedTitle });
    else if (relation === 'implements') seen.relation = 'implements';
  };

  const handle = (source: ParsedDocument, c: Citation, provisionId: string | null) => {
    const target = resolve(c);
    if (target) {
      addLink(source, target.id, c.relation, c.title);
      if (c.relation === 'implements') addTo(implementedBy, source.id, target.id);
      if (provisionId) addTo(citedByProvision, provisionId, target.id);
      return;
    }
    const id = referencedDocumentId(c.titleKey);
    const known = referenced.get(id);
    if (!known) {
      referenced.set(id, {
        id,
        title: c.title,
        titleKey: c.titleKey,
        issuer: c.issuer,
        docNumber: c.docNumber,
        level: inferLevel(c),
      });
    } else {
      known.issuer ??= c.issuer;
      known.docNumber ??= c.docNumber;
      known.level ??= inferLevel(c);
    }
    addLink(source, id, c.relation, c.title);
  };

  for (const d of documents) {
    for (const c of d.citations) handle(d, c, null);
    for (const p of d.provisions) for (const c of p.citations) handle(d, c, p.id);
  }
  return {
    documentLinks: [...links.values()],
    referencedDocuments: [...referenced.values()],
    implementedBy,
    citedByProvision,
  };
}

function addTo(map: Map<string, Set<string>>, key: string, value: string): void {
  const set = map.get(key) ?? new Set<string>();
  set.add(value);
  map.set(key, set);
}
