// The slice of autocannon 9 (which ships no types) that the benchmark uses.
declare module 'autocannon' {
  interface Options {
    url: string;
    method?: 'GET' | 'POST';
    headers?: Record<string, string>;
    body?: string;
    connections?: number;
    duration?: number;
    skipAggregateResult?: boolean;
    /** Per-request timeout in seconds. */
    timeout?: number;
  }
  interface RawResult {
    latencies: string;
    totalCompletedRequests: number;
    totalRequests: number;
    errors: number;
    timeouts: number;
    non2xx: number;
    duration: number;
  }
  function autocannon(options: Options): Promise<RawResult>;
  export default autocannon;
}

declare module 'autocannon/lib/histUtil.js' {
  interface Histogram {
    getValueAtPercentile(percentile: number): number;
    totalCount: number;
    mean: number;
  }
  export function decodeHist(encoded: string): Histogram | null;
}
