// Stage 4 (Kuzu): the engine's own bulk path for the same rows the write path writes. The project's
// row mapping (src/graph/rows.ts) turns the corpus into CSV files, which `COPY FROM` loads into a
// fresh database migrated by the project itself (same schema, indexes and region tree).
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Config } from '../../src/config.js';
import { openGraphStore } from '../../src/graph/index.js';
import { KuzuConnection, KuzuDatabase, type QueryResult } from '../../src/graph/kuzu/module.js';
import type { GraphCounts } from '../../src/graph/port.js';
import { documentRows, linkRows } from '../../src/graph/rows.js';
import type { ParsedDocument } from '../../src/ingest/schema.js';
import type { LinkResult } from '../../src/link/types.js';
import { CsvFile } from './csv.js';

type Connection = InstanceType<typeof KuzuConnection>;

export interface BulkStage {
  /** CSV preparation (ours), then COPY FROM (the engine's). */
  csvSeconds: number;
  copySeconds: number;
  provisionsPerSecond: number;
  counts: GraphCounts;
  /** Per table: rows and COPY seconds. */
  tables: { table: string; rows: number; seconds: number }[];
}

async function query(conn: Connection, text: string): Promise<Record<string, unknown>[]> {
  const result = (await conn.query(text)) as QueryResult | QueryResult[];
  const results = Array.isArray(result) ? result : [result];
  const rows = (await results[results.length - 1].getAll()) as Record<string, unknown>[];
  for (const r of results) r.close();
  return rows;
}

interface Spec {
  table: string;
  /** For relationship tables: the FROM/TO pair of a multi-pair table (FOR_REGION). */
  pair?: { from: string; to: string };
  columns: string[];
}

/** Node table properties in declaration order, as `COPY FROM` expects them. */
async function nodeColumns(conn: Connection, table: string): Promise<string[]> {
  const rows = await query(conn, `CALL table_info('${table}') RETURN *`);
  return rows.map((r) => String(r.name));
}

export async function runKuzuBulk(
  config: Config,
  documents: readonly ParsedDocument[],
  links: LinkResult,
  storeCounts: (c: Config) => Promise<GraphCounts>,
): Promise<BulkStage> {
  // Schema, indexes and regions exactly as the project creates them.
  await (await openGraphStore(config)).close();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'policy-cascade-bulk-csv-'));
  const db = new KuzuDatabase(config.kuzu.path);
  const conn = new KuzuConnection(db);
  try {
    const csvStarted = performance.now();
    const nodeSpec = async (table: string): Promise<Spec> => ({ table, columns: await nodeColumns(conn, table) });
    const rel = (table: string, columns: string[], pair?: Spec['pair']): Spec => ({ table, pair, columns: ['from', 'to', ...columns] });
    const specs: Spec[] = [
      await nodeSpec('Document'),
      await nodeSpec('Provision'),
      await nodeSpec('Unit'),
      await nodeSpec('Concept'),
      await nodeSpec('Target'),
      rel('HAS_PROVISION', ['position']),
      rel('HAS_CHILD', ['position']),
      rel('ASSIGNED_TO', ['role']),
      rel('MENTIONS', ['spans', 'source']),
      rel('SETS_TARGET', []),
      rel('FOR_REGION', [], { from: 'Document', to: 'Region' }),
      rel('FOR_REGION', [], { from: 'Unit', to: 'Region' }),
      rel('ISSUED_BY', []),
      rel('IMPLEMENTS_DOC', ['citedTitle']),
      rel('CITES', ['citedTitle']),
      rel('IMPLEMENTS', ['score', 'method', 'evidence']),
      rel('SIMILAR_TO', ['score']),
    ];
    const files = new Map<Spec, CsvFile>(
      specs.map((s, i) => [s, new CsvFile(path.join(dir, `${i}-${s.table}.csv`), s.columns)]),
    );
    const fileOf = (table: string, from?: string) => {
      const spec = specs.find((s) => s.table === table && (!from || s.pair?.from === from));
      const file = spec && files.get(spec);
      if (!file) throw new Error(`no CSV for ${table}`);
      return file;
    };
    const put = async (table: string, row: Record<string, unknown>, from?: string) => {
      const file = fileOf(table, from);
      await file.write(file.columns.map((c) => row[c] ?? null));
    };

    // Units and concepts are shared between documents: one row each, as MERGE would leave.
    const units = new Map<string, Record<string, unknown>>();
    const concepts = new Map<string, Record<string, unknown>>();
    for (const doc of documents) {
      const rows = documentRows(doc);
      await put('Document', { ...rows.document, titleKey: null, referencedOnly: false });
      const values = new Map(rows.targetValues.map((v) => [v.id, v.value]));
      for (const p of rows.provisions) {
        await put('Provision', { ...p, documentId: doc.id, level: doc.level, regionCode: rows.document.regionCode });
        await put('HAS_PROVISION', { from: doc.id, to: p.id, position: p.position });
      }
      for (const c of rows.children) await put('HAS_CHILD', { from: c.parentId, to: c.childId, position: c.position });
      for (const u of rows.units) units.set(String(u.id), u);
      for (const a of rows.assignments) await put('ASSIGNED_TO', { from: a.provisionId, to: a.unitId, role: a.role });
      for (const c of rows.concepts) concepts.set(String(c.name), c);
      for (const m of rows.mentions) await put('MENTIONS', { from: m.provisionId, to: m.name, spans: m.spans, source: m.source });
      for (const t of rows.targets) {
        await put('Target', { ...t, value: values.get(t.id) ?? null });
        await put('SETS_TARGET', { from: t.provisionId, to: t.id });
      }
      if (rows.document.regionCode !== null) await put('FOR_REGION', { from: doc.id, to: rows.document.regionCode }, 'Document');
      for (const i of rows.issuers) await put('ISSUED_BY', { from: doc.id, to: i.unitId });
    }
    for (const u of units.values()) {
      await put('Unit', u);
      if (u.regionCode !== null) await put('FOR_REGION', { from: u.id, to: u.regionCode }, 'Unit');
    }
    for (const c of concepts.values()) await put('Concept', c);
    const all = linkRows(links);
    for (const d of all.referencedDocuments) await put('Document', { ...d, referencedOnly: true });
    for (const l of all.implementsDocuments) await put('IMPLEMENTS_DOC', { from: l.sourceDocumentId, to: l.targetDocumentId, citedTitle: l.citedTitle });
    for (const l of all.citations) await put('CITES', { from: l.sourceDocumentId, to: l.targetDocumentId, citedTitle: l.citedTitle });
    for (const l of all.implementations) await put('IMPLEMENTS', { from: l.sourceId, to: l.targetId, score: l.score, method: l.method, evidence: l.evidence });
    for (const l of all.similarities) await put('SIMILAR_TO', { from: l.sourceId, to: l.targetId, score: l.score });
    for (const file of files.values()) await file.close();
    const csvSeconds = (performance.now() - csvStarted) / 1000;

    const tables: BulkStage['tables'] = [];
    const copyStarted = performance.now();
    for (const spec of specs) {
      const file = files.get(spec);
      if (!file || file.rows === 0) continue;
      const pair = spec.pair ? `, from='${spec.pair.from}', to='${spec.pair.to}'` : '';
      const started = performance.now();
      await query(conn, `COPY ${spec.table} FROM '${file.file}' (header=false, quote='"', escape='"'${pair})`);
      tables.push({ table: spec.pair ? `${spec.table}(${spec.pair.from})` : spec.table, rows: file.rows, seconds: (performance.now() - started) / 1000 });
    }
    const copySeconds = (performance.now() - copyStarted) / 1000;
    await conn.close();
    await db.close();
    const provisions = documents.reduce((n, d) => n + d.provisions.length, 0);
    return { csvSeconds, copySeconds, provisionsPerSecond: provisions / copySeconds, counts: await storeCounts(config), tables };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
