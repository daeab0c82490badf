// The run's results on disk: every size in bench/results/by-size.json, and the national (100%)
// figures in bench/results/latest.json in the shape the issue fixes. Written only by `npm run bench`.
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { EngineName } from '../../src/config.js';
import type { SizeResult } from '../size-run.js';

export interface Machine {
  summary: string;
  os: string;
  cpuModel: string;
  cores: number;
  memoryGiB: number;
  node: string;
}

export interface RunResults {
  date: string;
  machine: Machine;
  command: string;
  results: SizeResult[];
}

export function describeMachine(): Machine {
  const cpus = os.cpus();
  const cpuModel = cpus[0]?.model.trim() ?? 'unknown CPU';
  const memoryGiB = Math.round((os.totalmem() / 2 ** 30) * 10) / 10;
  const osName = `${os.type()} ${os.release()} ${os.arch()}`;
  return {
    summary: `${osName}, ${cpus.length} × ${cpuModel}, ${memoryGiB} GiB RAM, Node ${process.version}`,
    os: osName,
    cpuModel,
    cores: cpus.length,
    memoryGiB,
    node: process.version,
  };
}

const round = (v: number, digits = 3) => Math.round(v * 10 ** digits) / 10 ** digits;

/** The fixed shape of latest.json for one engine's national-scale result. */
export function latestJson(run: RunResults, national: SizeResult) {
  // When no request finished within the load window (the whole-country cascade at national scale),
  // the one-client p95 stands in: a lower bound of the p95 under load.
  const p95 = (name: string) => {
    const q = national.api.find((a) => a.query === name);
    if (!q) return null;
    return q.load.requestsPerSecond > 0 ? q.load.p95 : Math.round(q.sequential.p95);
  };
  return {
    // When the national figures were measured: a run of other sizes keeps an earlier national result.
    date: national.measuredAt,
    machine: run.machine.summary,
    engine: national.engine as EngineName,
    national: {
      plans: national.plans,
      provisions: national.provisions,
      seedSeconds: round(national.seed.seconds, 1),
      linkSeconds: round(national.link.seconds, 1),
      // The target's peak: seeding and linking (the whole run's peak is in by-size.json).
      peakRssMB: Math.round(national.seedAndLinkPeakRssMB ?? national.peakRssMB),
      writeVsBulkRatio: round(national.writeVsBulkRatio),
      cascadeP95Ms: p95('cascade'),
      coverageP95Ms: p95('coverage'),
      searchP95Ms: p95('search'),
      apiVsRawRatio: round(Math.max(...national.api.map((q) => q.apiVsRaw))),
      roundTripsPerRequest: Math.max(...national.api.map((q) => q.roundTrips)),
      linkPrecision: round(national.link.precision),
      linkRecall: round(national.link.recall),
    },
  };
}

export function writeResults(dir: string, run: RunResults): { bySize: string; latest: string | null } {
  mkdirSync(dir, { recursive: true });
  const bySize = path.join(dir, 'by-size.json');
  writeFileSync(bySize, `${JSON.stringify(run, null, 2)}\n`);
  // The national figures come from the full corpus only, measured by this run or kept from an earlier
  // one; results without 100% leave latest.json alone.
  const national =
    run.results.find((r) => r.sizePercent === 100 && r.engine === 'kuzu') ??
    run.results.find((r) => r.sizePercent === 100);
  if (!national) return { bySize, latest: null };
  const latest = path.join(dir, 'latest.json');
  writeFileSync(latest, `${JSON.stringify(latestJson(run, national), null, 2)}\n`);
  return { bySize, latest };
}
