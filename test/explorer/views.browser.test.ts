// The explorer's table views on the seeded graph: the coverage matrix of the central opinion
// (cells clickable to the provisions behind them, CSV export) and the unit view (a unit's
// tasks as lead or support).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  type BrowserSession,
  centralItem14,
  gql,
  openBrowser,
  SCREENSHOT_DIR,
  screenshot,
} from './browser.js';

const url = inject('explorerUrl');
let session: BrowserSession;
let page: Page;

beforeAll(async () => {
  session = await openBrowser();
  page = session.page;
});

afterAll(async () => {
  await session?.close();
});

describe('explorer views', () => {
  it('shows the coverage matrix of the central opinion and opens the provisions behind a cell', async () => {
    const { documentId, documentTitle } = await centralItem14(url);
    const expected = await gql<{
      coverage: {
        requirementCount: number;
        against: { id: string }[];
        requirements: { documents: { status: string; provisionCount: number }[] }[];
      };
    }>(
      url,
      'query($d: ID!) { coverage(document: $d) { requirementCount against { id } requirements { documents { status provisionCount } } } }',
      {
        d: documentId,
      },
    );
    await page.goto(`${url}/?view=coverage`);
    await page.getByLabel('选择上级文件').selectOption({ label: `[中央] ${documentTitle}` });
    await page.getByTestId('coverage-matrix').waitFor({ timeout: 60_000 });
    const matrix = page.getByTestId('coverage-matrix');
    expect(await matrix.locator('tbody tr').count()).toBe(expected.coverage.requirementCount);
    expect(await matrix.locator('thead th').count()).toBe(expected.coverage.against.length + 1);
    const cells = expected.coverage.requirements.flatMap((r) => r.documents);
    const statusCount = (s: string) => cells.filter((c) => c.status === s).length;
    expect(await matrix.locator('td.implemented').count()).toBe(statusCount('IMPLEMENTED'));
    expect(await matrix.locator('td.weak').count()).toBe(statusCount('WEAK'));
    expect(await matrix.locator('td.missing').count()).toBe(statusCount('MISSING'));
    expect(page.url()).toContain(`doc=${encodeURIComponent(documentId)}`);

    const withEvidence = matrix.locator('td.implemented button, td.weak button').first();
    if ((await withEvidence.count()) > 0) {
      await withEvidence.click();
      await page.getByTestId('coverage-cell-detail').waitFor();
      expect(await page.getByTestId('coverage-cell-detail').locator('li').count()).toBeGreaterThan(0);
      await page.getByTestId('coverage-cell-detail').locator('li button').first().click();
      await page.getByTestId('details-panel').waitFor();
    }
    await screenshot(page, '08-coverage');

    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '导出 CSV' }).click(),
    ]);
    const file = path.join(SCREENSHOT_DIR, 'export-coverage.csv');
    await csv.saveAs(file);
    const lines = (await readFile(file, 'utf8'))
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines).toHaveLength(expected.coverage.requirementCount + 1);
    expect(lines[0].startsWith('要求,')).toBe(true);
  });

  it("lists units by workload and shows a unit's tasks as lead or support", async () => {
    const expected = await gql<{
      units: { nodes: { id: string; name: string; workload: { total: number } }[] };
    }>(url, '{ units(orderBy: WORKLOAD, first: 1) { nodes { id name workload { total } } } }');
    const busiest = expected.units.nodes[0];
    await page.goto(`${url}/?view=units`);
    await page.getByTestId('units-table').waitFor({ timeout: 60_000 });
    await page
      .getByTestId('units-table')
      .locator('tbody tr')
      .first()
      .getByRole('button', { name: busiest.name })
      .click();
    await page.getByTestId('unit-tasks').waitFor();
    const rows = page.getByTestId('unit-tasks').locator('tbody tr');
    expect(await rows.count()).toBe(Math.min(100, busiest.workload.total));
    const roles = new Set(await rows.locator('td:first-child').allTextContents());
    expect([...roles].every((r) => ['牵头', '共同牵头', '配合'].includes(r))).toBe(true);
    expect(page.url()).toContain(`unit=${encodeURIComponent(busiest.id)}`);
    await screenshot(page, '09-unit');

    const county = await gql<{ documents: { nodes: { region: { code: string; name: string } | null }[] } }>(
      url,
      '{ documents(level: COUNTY, referencedOnly: false, first: 1) { nodes { region { code name } } } }',
    );
    const region = county.documents.nodes[0].region!;
    const expectedUnits = await gql<{ units: { totalCount: number } }>(
      url,
      'query($r: String) { units(region: $r) { totalCount } }',
      {
        r: region.code,
      },
    );
    await page.getByLabel('按地区筛选责任单位').selectOption(region.code);
    await page.waitForFunction(
      `[...document.querySelectorAll('[data-testid="units-table"] tbody tr')].length === ${Math.min(100, expectedUnits.units.totalCount)}`,
      undefined,
      { timeout: 30_000 },
    );
    const places = await page
      .getByTestId('units-table')
      .locator('tbody tr td:first-child .meta')
      .allTextContents();
    expect(new Set(places)).toEqual(new Set([region.name]));
    expect(page.url()).toContain(`fregion=${region.code}`);
  });
});
