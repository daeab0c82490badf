// stats: corpus-wide counts from the store's per-label and per-type counts.
import { GOVERNMENT_LEVELS, type GovernmentLevel } from '../../domain.js';
import type { ApiContext } from '../context.js';
import type { Stats } from '../types/stats.type.js';

export async function stats(ctx: ApiContext): Promise<Stats> {
  const started = performance.now();
  const counts = await ctx.store.counts();
  ctx.roundTrips.push({ name: 'counts', rows: 0, ms: performance.now() - started, params: {} });
  const summary = await ctx.reader.read('read/document-summary');
  const ingested = summary.filter((r) => r.referencedOnly !== true);
  const byLevel = (level: GovernmentLevel) =>
    ingested.filter((r) => r.level === level).reduce((sum, r) => sum + Number(r.count), 0);
  const node = (label: string) => counts.nodes[label] ?? 0;
  const sorted = (record: Record<string, number>) =>
    Object.entries(record)
      .map(([label, count]) => ({ label, count }))
      .sort((a, b) => a.label.localeCompare(b.label));
  return {
    engine: ctx.store.engine,
    documents: ingested.reduce((sum, r) => sum + Number(r.count), 0),
    referencedDocuments: summary
      .filter((r) => r.referencedOnly === true)
      .reduce((sum, r) => sum + Number(r.count), 0),
    provisions: node('Provision'),
    implementations: counts.relationships.IMPLEMENTS ?? 0,
    units: node('Unit'),
    concepts: node('Concept'),
    targets: node('Target'),
    regions: node('Region'),
    documentsByLevel: GOVERNMENT_LEVELS.map((level) => ({ level, count: byLevel(level) })).filter(
      (c) => c.count > 0,
    ),
    nodes: sorted(counts.nodes),
    relationships: sorted(counts.relationships),
  };
}
