// A micro end-to-end run of the benchmark pipeline on Kuzu: one province → city → county chain under
// the real central opinions, linked, seeded through the write path, bulk-loaded with COPY FROM,
// queried through the GraphQL API, and plans ingested again through the API's ingest path. Checks what the run measures, never how fast it was.
import { describe, expect, it } from 'vitest';
import { latestJson } from '../../bench/report/results.js';
import { describeMachine } from '../../bench/report/results.js';
import { runSize } from '../../bench/size-run.js';

describe('bench pipeline (Kuzu)', () => {
  it('measures every stage on a tiny corpus with identical graphs from both load paths', async () => {
    const result = await runSize({
      sizePercent: 0.1,
      engine: 'kuzu',
      seed: 11,
      durationSeconds: 1,
      connections: 1,
      maxRuns: 3,
    });

    expect(result.plans).toBe(4);
    expect(result.provisions).toBeGreaterThan(100);
    expect(result.link.counts.implementations).toBeGreaterThan(0);
    expect(result.link.precision).toBeGreaterThan(0);
    expect(result.link.recall).toBeGreaterThan(0);

    expect(result.seed.counts.nodes.Document).toBeGreaterThanOrEqual(4);
    expect(result.seed.counts.nodes.Provision).toBe(result.provisions);
    expect(result.seed.counts.relationships.IMPLEMENTS).toBe(result.link.counts.implementations);
    expect(result.seed.path).toBe('bulk');
    expect(result.seed.incrementalDocuments).toBeGreaterThanOrEqual(4);
    expect(result.seed.incrementalProvisionsPerSecond).toBeGreaterThan(0);
    expect(result.seed.incrementalPeakRssMB).toBeGreaterThan(0);
    // The target's peak is read when seeding ends, before the incremental sample.
    expect(result.seedAndLinkPeakRssMB).toBe(result.seed.processPeakRssMB);
    expect(result.peakRssMB).toBeGreaterThanOrEqual(result.seedAndLinkPeakRssMB);
    // The profile's ranking is timing (per-row link writes of the incremental sample can outrank
    // the tiny bulk load), so only its shape is asserted: named queries of the two write paths,
    // slowest first.
    const profile = result.seed.slowestQueries;
    expect(profile.length).toBeGreaterThan(0);
    expect(profile.length).toBeLessThanOrEqual(8);
    for (const q of profile)
      expect(q.name).toMatch(/^(bulk|write|admin)\/[a-z-]+$|^(BEGIN TRANSACTION|COMMIT)$/);
    expect(profile.map((q) => q.seconds)).toEqual([...profile.map((q) => q.seconds)].sort((a, b) => b - a));
    expect(result.bulk.countsMatch).toBe(true);
    // The engine's own path copies each label once, though the product copies provisions in two parts.
    const baselineProvisions = result.bulk.tables.filter((t) => t.table === 'Provision');
    expect(baselineProvisions.map((t) => t.rows)).toEqual([result.provisions]);
    expect(result.seed.searchHits).toBeGreaterThan(0);
    expect(result.bulk.searchHitsMatch).toBe(true);
    expect(result.writeVsBulkRatio).toBeGreaterThan(0);

    expect(result.api.map((q) => q.query)).toEqual([
      'cascade',
      'cascadeInProvince',
      'coverage',
      'search',
      'neighborhood',
    ]);
    for (const q of result.api) {
      expect(q.roundTrips).toBeGreaterThan(0);
      expect(q.storeReads).toBeGreaterThan(0);
      expect(q.load.errors).toBe(0);
      expect(q.sequential.count).toBeGreaterThanOrEqual(3);
      expect(q.rawLoad.requestsPerSecond).toBeGreaterThan(0);
      expect(q.rawLoad.p95).toBeGreaterThanOrEqual(q.rawLoad.p50);
      expect(q.firstMs).toBeGreaterThan(0);
    }
    // After its first request, coverage reads neither the documents (its own included) nor the
    // stored tallies again.
    const coverage = result.api.find((q) => q.query === 'coverage')!;
    expect(coverage.reads.map((r) => r.name)).toEqual(['read/provisions-by-document']);

    // The API's ingest path re-ingests the province, city and county plans: each links upward.
    expect(result.ingest.documents.map((d) => d.level)).toEqual(['province', 'city', 'county']);
    for (const d of result.ingest.documents) {
      expect(d.seconds).toBeGreaterThan(0);
      expect(d.provisions).toBeGreaterThan(0);
      expect(d.implementations).toBeGreaterThan(0);
      expect(d.maxEventLoopDelayMs).toBeGreaterThanOrEqual(0);
    }
    expect(result.ingest.provisionsPerSecond).toBeGreaterThan(0);
    expect(result.ingest.peakRssMB).toBeGreaterThan(0);

    const latest = latestJson(
      { date: '2026-01-01T00:00:00.000Z', machine: describeMachine(), command: 'test', results: [result] },
      result,
    );
    expect(Object.keys(latest.national)).toEqual([
      'plans',
      'provisions',
      'seedSeconds',
      'linkSeconds',
      'peakRssMB',
      'writeVsBulkRatio',
      'cascadeP95Ms',
      'coverageP95Ms',
      'searchP95Ms',
      'apiVsRawRatio',
      'roundTripsPerRequest',
      'linkPrecision',
      'linkRecall',
    ]);
    expect(latest.national.roundTripsPerRequest).toBe(Math.max(...result.api.map((q) => q.roundTrips)));
    // Dated by the national measurement, not by the run that wrote the file.
    expect(latest.date).toBe(result.measuredAt);
    expect(latest.date).not.toBe('2026-01-01T00:00:00.000Z');
  });
});
