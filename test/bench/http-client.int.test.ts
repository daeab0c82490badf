// The benchmark's HTTP client thread against a local server: it times answers, reports GraphQL
// errors as failures, and runs autocannon's load from its own thread.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpClient } from '../../bench/stages/http-client.js';

describe('benchmark HTTP client thread', () => {
  let server: Server;
  let url: string;
  let requests = 0;

  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        requests++;
        const { query } = JSON.parse(body) as { query: string };
        res.setHeader('content-type', 'application/json');
        res.end(
          JSON.stringify(
            query === 'bad' ? { errors: [{ message: 'Unknown field' }] } : { data: { ok: true } },
          ),
        );
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('times requests one by one and runs a bounded load', async () => {
    const client = startHttpClient('ok', url, JSON.stringify({ query: 'ok' }));
    try {
      const before = requests;
      const samples: number[] = [];
      for (let i = 0; i < 6; i++) samples.push(await client.post());
      expect(samples).toHaveLength(6);
      expect(samples.every((ms) => ms > 0)).toBe(true);
      expect(requests - before).toBe(6);

      const load = await client.load({ connections: 2, duration: 1, timeout: 10 });
      expect(load.errors).toBe(0);
      expect(load.totalCompletedRequests).toBeGreaterThan(0);
      expect(requests - before).toBeGreaterThanOrEqual(6 + load.totalCompletedRequests);
      expect(typeof load.latencies).toBe('string');
    } finally {
      await client.close();
    }
  });

  it('fails a request whose answer carries GraphQL errors, naming the query', async () => {
    const client = startHttpClient('coverage', url, JSON.stringify({ query: 'bad' }));
    try {
      await expect(client.post()).rejects.toThrow('coverage failed (200): Unknown field');
      // The thread stays usable after a failure.
      await expect(client.post()).rejects.toThrow('Unknown field');
    } finally {
      await client.close();
    }
  });
});
