// The versioned contract between ingestion and everything downstream (linker, graph store, API).
// Documented in docs/parsed-document.md. Bump SCHEMA_VERSION on any incompatible change.
import { z } from 'zod';
import { CITATION_RELATIONS, GOVERNMENT_LEVELS, PROVISION_KINDS, UNIT_ROLES } from '../domain.js';

export const SCHEMA_VERSION = 1 as const;

/** A [start, end) character range in a provision's Simplified `text` (or `title`). */
export const SpanSchema = z.object({
  field: z.enum(['title', 'text']),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Span = z.infer<typeof SpanSchema>;

export const RegionRefSchema = z.object({
  /** GB/T 2260 code (6 digits for province/city/county, 9 for township), or '000000' for the nation. */
  code: z.string(),
  name: z.string(),
  level: z.enum(GOVERNMENT_LEVELS),
  /** Codes from the province down to this region's parent. */
  ancestors: z.array(z.string()),
});
export type RegionRef = z.infer<typeof RegionRefSchema>;

export const ResponsibleUnitSchema = z.object({
  /** Normalized, Simplified name as printed, e.g. 市司法局. */
  name: z.string().min(1),
  role: z.enum(UNIT_ROLES),
  /** A class of units rather than one body: 各县(市)区, 各行政执法机关, 各乡镇(街道). */
  collective: z.boolean(),
  /** Region the unit belongs to (the document's region unless the name says otherwise). */
  regionCode: z.string().nullable(),
});
export type ResponsibleUnit = z.infer<typeof ResponsibleUnitSchema>;

export const TargetSchema = z.object({
  /** The matched phrase as it stands in the Simplified text. */
  text: z.string(),
  metric: z.string(),
  value: z.number().nullable(),
  /** '%', '次', '个', '人', … or null for a pure deadline such as 到2025年. */
  unit: z.string().nullable(),
  comparator: z.enum(['>=', '<=', '=', '>', '<']).nullable(),
  /** Per period when stated: 每年不少于2次 → 'year'. */
  period: z.string().nullable(),
  /** Deadline year (or YYYY-MM) when stated: 到2025年, 五年内 resolved against the document date. */
  deadline: z.string().nullable(),
  span: SpanSchema,
});
export type Target = z.infer<typeof TargetSchema>;

export const ConceptMentionSchema = z.object({
  /** Canonical concept name from the lexicon, or the quoted term itself. */
  name: z.string(),
  category: z.string(),
  source: z.enum(['lexicon', 'quoted']),
  spans: z.array(SpanSchema),
});
export type ConceptMention = z.infer<typeof ConceptMentionSchema>;

export const CitationSchema = z.object({
  /** Title as printed inside 《》, converted to Simplified. */
  title: z.string(),
  /** Normalization key: Simplified, unified dashes/brackets/spaces; equal keys mean the same document. */
  titleKey: z.string(),
  issuer: z.string().nullable(),
  docNumber: z.string().nullable(),
  relation: z.enum(CITATION_RELATIONS),
});
export type Citation = z.infer<typeof CitationSchema>;

export const ProvisionSchema = z.object({
  /** `${documentId}:${path}` — stable across re-parses, independent of parse order. */
  id: z.string(),
  /** Printed ordinals from the top, e.g. `四、(一)3.` */
  path: z.string(),
  parentPath: z.string().nullable(),
  kind: z.enum(PROVISION_KINDS),
  /** The printed ordinal of this provision alone, normalized: `四、`, `(一)`, `3.`, `(1)`, `①`. */
  ordinal: z.string(),
  /** Position among its siblings, from 1. */
  ordinalNumber: z.number().int().positive(),
  /** Position in the whole document, from 0 (document order). */
  order: z.number().int().nonnegative(),
  /** Outline level from 0. A kind nests only inside kinds ranked above it, so one level per kind. */
  depth: z
    .number()
    .int()
    .nonnegative()
    .max(PROVISION_KINDS.length - 1),
  /** Inline title (up to the first 。 when it is a heading), Simplified. */
  title: z.string().nullable(),
  /** Body without ordinal, title or unit annotation, Simplified; used for matching. */
  text: z.string(),
  /** The provision exactly as printed (after artifact removal), in its original script. */
  original: z.string(),
  units: z.array(ResponsibleUnitSchema),
  targets: z.array(TargetSchema),
  concepts: z.array(ConceptMentionSchema),
  citations: z.array(CitationSchema),
});
export type Provision = z.infer<typeof ProvisionSchema>;

export const WarningSchema = z.object({
  code: z.string(),
  message: z.string(),
  /** 1-based line of the normalized text, when the warning is about one place. */
  line: z.number().int().positive().nullable(),
});
export type ParseWarning = z.infer<typeof WarningSchema>;

export const SourceSchema = z.object({
  file: z.string(),
  format: z.enum(['txt', 'html', 'docx', 'pdf']),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  encoding: z.string(),
  url: z.string().nullable(),
  retrievedAt: z.string().nullable(),
});

export const ParsedDocumentSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  /** Stable across re-ingests of a revised text: from the 文号 when printed, else region + title. */
  id: z.string(),
  sourceFile: z.string(),
  source: SourceSchema,
  /** The document's own title, Simplified. */
  title: z.string(),
  /** The title as printed. */
  originalTitle: z.string(),
  issuer: z.string().nullable(),
  docNumber: z.string().nullable(),
  /** ISO date (YYYY-MM-DD) of issue or adoption. */
  date: z.string().nullable(),
  level: z.enum(GOVERNMENT_LEVELS),
  region: RegionRefSchema.nullable(),
  script: z.enum(['simplified', 'traditional']),
  /** The forwarding notice (印发通知) when the document came wrapped in one. */
  forwardingNotice: z.string().nullable(),
  /** Text between the title and the first section, Simplified. */
  preamble: z.string().nullable(),
  /** Closing paragraph after the last provision (各地区各部门要…), Simplified; additive in v1. */
  closing: z.string().nullable().optional(),
  citations: z.array(CitationSchema),
  provisions: z.array(ProvisionSchema),
  warnings: z.array(WarningSchema),
});
export type ParsedDocument = z.infer<typeof ParsedDocumentSchema>;
