// The HTTP layer: health probes, /graphql over POST, the offline sandbox for browsers, the
// explorer's files at /, the request-size limit and bearer tokens from the Authorization header.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from '../../src/api/http.js';
import { apiDependencies } from '../../src/api/server.js';
import { loadConfig } from '../../src/config.js';
import { openGraphStore } from '../../src/graph/index.js';
import type { GraphStore } from '../../src/graph/port.js';
import { TEST_TOKEN } from './harness.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'policy-cascade-http-'));
const explorerDir = path.join(dir, 'explorer');
let store: GraphStore;
let server: Awaited<ReturnType<typeof serve>>;
const BODY_LIMIT = 4096;

beforeAll(async () => {
  rmSync(explorerDir, { recursive: true, force: true });
  await import('node:fs/promises').then((fs) => fs.mkdir(explorerDir, { recursive: true }));
  writeFileSync(path.join(explorerDir, 'index.html'), '<!doctype html><title>图谱浏览器</title>');
  writeFileSync(path.join(explorerDir, 'sandbox.html'), '<!doctype html><title>GraphQL 查询沙箱</title>');
  const config = loadConfig({
    KUZU_PATH: path.join(dir, 'graph.kuzu'),
    API_TOKEN: TEST_TOKEN,
    LOG_LEVEL: 'silent',
    PORT: '0',
  });
  store = await openGraphStore(config);
  server = await serve(apiDependencies({ config, store, logger: pino({ level: 'silent' }) }), {
    explorerDir,
    bodyLimitBytes: BODY_LIMIT,
  });
});
afterAll(async () => {
  await server?.close();
  await store?.close().catch(() => undefined);
  rmSync(dir, { recursive: true, force: true });
});

const post = (body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

describe('HTTP', () => {
  it('answers /healthz with a request id', async () => {
    const res = await fetch(`${server.url}/healthz`, { headers: { 'x-request-id': 'probe-1' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-request-id')).toBe('probe-1');
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('answers /readyz when the store is reachable', async () => {
    const res = await fetch(`${server.url}/readyz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ready', engine: 'kuzu' });
  });

  it('runs operations posted to /graphql', async () => {
    const res = await post({ query: '{ stats { engine documents } }' });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(await res.json()).toEqual({ data: { stats: { engine: 'kuzu', documents: 0 } } });
  });

  it('reads the bearer token from the Authorization header', async () => {
    const mutation = { query: 'mutation { relink { implementations } }' };
    const refused = (await (await post(mutation)).json()) as { errors: { extensions: { code: string } }[] };
    expect(refused.errors.map((e) => e.extensions.code)).toEqual(['UNAUTHENTICATED']);
    const allowed = await (await post(mutation, { authorization: `Bearer ${TEST_TOKEN}` })).json();
    expect(allowed).toEqual({ data: { relink: { implementations: 0 } } });
  });

  it(`refuses a request body over the limit with 413 and BAD_USER_INPUT`, async () => {
    const res = await post({ query: `{ search(query: "${'法治'.repeat(BODY_LIMIT)}") { totalCount } }` });
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({
      errors: [
        { message: `Request body exceeds ${BODY_LIMIT} bytes`, extensions: { code: 'BAD_USER_INPUT' } },
      ],
    });
  });

  it('serves the offline sandbox to browsers at /graphql and the explorer at /', async () => {
    const sandbox = await fetch(`${server.url}/graphql`, {
      headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' },
    });
    expect(sandbox.status).toBe(200);
    expect(await sandbox.text()).toContain('GraphQL 查询沙箱');
    const explorer = await fetch(`${server.url}/`);
    expect(await explorer.text()).toContain('图谱浏览器');
    const deepLink = await fetch(`${server.url}/cascade/abc`, { headers: { accept: 'text/html' } });
    expect(await deepLink.text()).toContain('图谱浏览器');
  });

  it('answers /readyz with 503 once the store is gone', async () => {
    await store.close();
    const res = await fetch(`${server.url}/readyz`);
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ status: 'unavailable', engine: 'kuzu' });
  });
});
