// Peak resident memory while a stage runs. The linker is synchronous and would block a timer on the
// main thread, so a worker thread samples the (process-wide) RSS; on Linux the kernel's own high
// water mark (VmHWM) is read as well.
import { readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';

const SAMPLER = `
const { workerData } = require('node:worker_threads');
const peak = new Float64Array(workerData.buffer);
setInterval(() => { const rss = process.memoryUsage.rss(); if (rss > peak[0]) peak[0] = rss; }, workerData.intervalMs);
`;

export interface RssSampler {
  /** Starts a new peak from the current RSS. */
  reset(): void;
  /** Highest RSS seen since the last reset, in MB. */
  peakMB(): number;
  stop(): Promise<void>;
}

export function startRssSampler(intervalMs = 50): RssSampler {
  const buffer = new SharedArrayBuffer(8);
  const peak = new Float64Array(buffer);
  peak[0] = process.memoryUsage.rss();
  const worker = new Worker(SAMPLER, { eval: true, workerData: { buffer, intervalMs } });
  worker.unref();
  return {
    reset: () => {
      peak[0] = process.memoryUsage.rss();
    },
    peakMB: () => Math.max(peak[0], process.memoryUsage.rss()) / 2 ** 20,
    stop: async () => {
      await worker.terminate();
    },
  };
}

/** The kernel's peak RSS of this process (VmHWM) in MB, or null off Linux. */
export function kernelPeakRssMB(): number | null {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}
