// The coverage view on a corpus too large for one matrix: the bench's synthetic corpus at 2% (69
// plans under the real central opinions, so 68 compared documents, above the 60-column limit),
// served by the real API over its own embedded store. The view must show the overall figures, read
// no matrix until a region is chosen, then show that region's documents only.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus } from '../../bench/stages/corpus.js';
import { serve } from '../../src/api/http.js';
import { apiDependencies } from '../../src/api/server.js';
import { loadConfig } from '../../src/config.js';
import { coverageScopes, fitsMatrix, MATRIX_DOCUMENT_LIMIT } from '../../src/explorer/logic/coverageScope.js';
import { openGraphStore } from '../../src/graph/index.js';
import type { GraphStore } from '../../src/graph/port.js';
import { linkCorpus } from '../../src/link/index.js';
import { type BrowserSession, gql, openBrowser, screenshot } from './browser.js';

interface Scoped {
  coverage: {
    requirementCount: number;
    against: { id: string; region: Parameters<typeof coverageScopes>[0][number]['region'] }[];
  };
}

const REGION = 'region { code name level parent { code name level parent { code name level } } }';
let dir: string;
let store: GraphStore;
let server: Awaited<ReturnType<typeof serve>>;
let session: BrowserSession;
let page: Page;
let centralTitle: string;
let centralId: string;

beforeAll(async () => {
  const corpus = await buildCorpus({ sizePercent: 2, seed: 20260101 });
  dir = mkdtempSync(path.join(os.tmpdir(), 'policy-cascade-scope-'));
  const config = loadConfig({
    GRAPH_ENGINE: 'kuzu',
    KUZU_PATH: path.join(dir, 'graph.kuzu'),
    LOG_LEVEL: 'silent',
    NODE_ENV: 'test',
  });
  store = await openGraphStore(config);
  await store.migrate();
  await store.loadCorpus(corpus.documents, linkCorpus(corpus.documents));
  server = await serve(apiDependencies({ config, store, logger: pino({ level: 'silent' }) }), {
    host: '127.0.0.1',
    port: 0,
    explorerDir: path.resolve('dist/explorer'),
  });
  centralTitle = corpus.documents[0].title;
  centralId = corpus.documents[0].id;
  session = await openBrowser();
  page = session.page;
}, 240_000);

afterAll(async () => {
  await session?.close();
  await server?.close();
  await store?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('coverage view above the matrix limit', () => {
  it('asks for a region, then shows the matrix of that region’s documents', async () => {
    const expected = await gql<Scoped>(
      server.url,
      `query($d: ID!) { coverage(document: $d) { requirementCount against { id ${REGION} } } }`,
      { d: centralId },
    );
    expect(expected.coverage.against.length).toBeGreaterThan(MATRIX_DOCUMENT_LIMIT);
    // The largest region that fits in one matrix.
    const scope = coverageScopes(expected.coverage.against)
      .filter((s) => fitsMatrix(s.documentIds.length))
      .sort((a, b) => b.documentIds.length - a.documentIds.length)[0];
    expect(scope.documentIds.length).toBeGreaterThan(1);

    await page.goto(`${server.url}/?view=coverage`);
    await page.getByLabel('选择上级文件').selectOption({ label: `[中央] ${centralTitle}` });
    await page.getByTestId('coverage-overview').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('coverage-overview').textContent()).toContain(
      `全部下级文件 ${expected.coverage.against.length} 份`,
    );
    expect(await page.getByTestId('coverage-matrix').count()).toBe(0);

    await page.getByLabel('选择地区范围').selectOption(scope.code);
    await page.getByTestId('coverage-matrix').waitFor({ timeout: 60_000 });
    const matrix = page.getByTestId('coverage-matrix');
    expect(await matrix.locator('tbody tr').count()).toBe(expected.coverage.requirementCount);
    expect(await matrix.locator('thead th').count()).toBe(scope.documentIds.length + 1);
    expect(await page.getByTestId('coverage-summary').textContent()).toContain(`${scope.name}:`);
    // The region is part of the shareable address: reloading it shows the same matrix.
    expect(new URL(page.url()).searchParams.get('scope')).toBe(scope.code);
    await page.reload();
    await page.getByTestId('coverage-matrix').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('coverage-matrix').locator('thead th').count()).toBe(
      scope.documentIds.length + 1,
    );
    await screenshot(page, '08b-coverage-scope');
  }, 120_000);
});
