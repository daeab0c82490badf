// The analyst's path through the explorer on the seeded graph: search, open the cascade of
// central item (十四) by choosing it, expand a node, read its details, export PNG and CSV, and
// restore the view from a shared URL. Also measures the page's load time (navigation to the
// first cascade rendered).
import { readFile, writeFile } from 'node:fs/promises';
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
let item14: Awaited<ReturnType<typeof centralItem14>>;
let cascadeSize: { totalCount: number; levels: string[] };

const renderedNodes = async (p: Page) =>
  Number((await p.getByTestId('graph-summary').getAttribute('data-rendered-nodes')) || '0');

/** Waits until the canvas has laid out a number of visible nodes satisfying `condition` (a JS comparison). */
async function waitForRendered(p: Page, condition: string) {
  const count = `Number(document.querySelector('[data-testid="graph-summary"]')?.getAttribute('data-rendered-nodes') || '0')`;
  await p.waitForFunction(`${count} ${condition}`, undefined, { timeout: 60_000 });
}

const waitForRender = (p: Page, atLeast = 1) => waitForRendered(p, `>= ${atLeast}`);

/** Evaluated in the page; the tests compile without DOM types, hence the structural cast. */
const HAS_FOCUS = (el: unknown) =>
  el === (globalThis as unknown as { document: { activeElement: unknown } }).document.activeElement;

beforeAll(async () => {
  item14 = await centralItem14(url);
  const data = await gql<{ cascade: { totalCount: number; byLevel: { level: string; count: number }[] } }>(
    url,
    'query($from: ID!) { cascade(from: $from) { totalCount byLevel { level count } } }',
    { from: item14.id },
  );
  cascadeSize = {
    totalCount: data.cascade.totalCount,
    levels: data.cascade.byLevel.filter((l) => l.count > 0).map((l) => l.level),
  };
  session = await openBrowser();
  page = session.page;
});

afterAll(async () => {
  await session?.close();
});

describe('explorer: from search to a shared cascade', () => {
  it('searches provisions in Chinese with Enter and lists the hits', async () => {
    await page.goto(url);
    await page.getByTestId('requirement-picker').waitFor({ timeout: 30_000 });
    await page.getByLabel('搜索关键词').fill('综合行政执法');
    await page.getByLabel('搜索关键词').press('Enter');
    await page.getByTestId('search-results').waitFor();
    const expected = await gql<{ search: { totalCount: number } }>(
      url,
      '{ search(query: "综合行政执法") { totalCount } }',
    );
    expect(expected.search.totalCount).toBeGreaterThan(0);
    await expect(page.getByTestId('search-count').textContent()).resolves.toContain(
      `共 ${expected.search.totalCount} 条结果`,
    );
    expect(await page.getByTestId('search-results').locator('mark').count()).toBeGreaterThan(0);
    expect(page.url()).toContain(`q=${encodeURIComponent('综合行政执法')}`);
    await screenshot(page, '01-search');
  });

  it('opens the cascade of central item (十四) chosen from the picker, laid out by level', async () => {
    // The highest-level document is preselected, so its requirements list is the first screen.
    const documentSelect = page.getByLabel('选择文件');
    await expect(documentSelect.inputValue()).resolves.toBe(item14.documentId);
    const caption = item14.title ? `${item14.path} ${item14.title}` : item14.path;
    const requirement = page.getByRole('list', { name: '选择要求' }).getByRole('button', { name: caption });
    await requirement.waitFor();
    // Keyboard: Tab from the document select into the list until (十四) has focus, Enter opens it.
    await documentSelect.focus();
    for (let i = 0; i < 100; i += 1) {
      if (await requirement.evaluate(HAS_FOCUS)) break;
      await page.keyboard.press('Tab');
    }
    await expect(requirement.evaluate(HAS_FOCUS)).resolves.toBe(true);
    await screenshot(page, '01b-requirement-list');
    await page.keyboard.press('Enter');
    await waitForRender(page, 1);
    expect(await renderedNodes(page)).toBe(cascadeSize.totalCount + 1);
    expect(page.url()).toContain(`root=${encodeURIComponent(item14.id)}`);
    const rows = page.getByTestId('graph-table').locator('tbody tr');
    expect(await rows.count()).toBe(cascadeSize.totalCount + 1);
    await expect(rows.first().locator('td').first().textContent()).resolves.toBe('中央');
    await screenshot(page, '02-cascade-item-14');
  });

  it('adds the document layer, with referenced-only documents marked as such', async () => {
    const before = await renderedNodes(page);
    await page.getByLabel('显示文件层').check();
    await waitForRendered(page, `> ${before}`);
    const kinds = await page.getByTestId('graph-table').locator('tbody tr td:nth-child(3)').allTextContents();
    expect(kinds).toContain('文件(仅被引用)');
    await screenshot(page, '02b-cascade-document-layer');
    await page.getByLabel('显示文件层').uncheck();
    await waitForRendered(page, `=== ${before}`);
  });

  it('shows a provision in the details panel, with the original text and highlighted evidence', async () => {
    await page.getByTestId('graph-table').locator('tbody tr').first().getByRole('button').click();
    await page.getByTestId('details-panel').waitFor();
    const text = await page.getByTestId('details-text').textContent();
    expect(text).toContain('局队合一');
    const original = await page.getByTestId('details-original').textContent();
    expect(original?.length).toBeGreaterThan(50);
    if (cascadeSize.totalCount > 0) {
      expect(await page.getByTestId('details-implemented-by').locator('li').count()).toBeGreaterThan(0);
      expect(await page.getByTestId('details-text').locator('mark.evidence').count()).toBeGreaterThan(0);
    }
    await screenshot(page, '03-details');
  });

  it('expands the selected node with its neighbours and collapses it again', async () => {
    const before = await renderedNodes(page);
    await page.getByRole('button', { name: '展开所选节点' }).click();
    await page.getByRole('button', { name: '收起所选节点' }).waitFor();
    await waitForRendered(page, `> ${before}`);
    const expanded = await renderedNodes(page);
    expect(expanded).toBeGreaterThan(before);
    await screenshot(page, '04-expanded');
    await page.getByRole('button', { name: '收起所选节点' }).click();
    await waitForRendered(page, `=== ${before}`);
  });

  it('expands and collapses a node by double-clicking it on the canvas', async () => {
    const before = await renderedNodes(page);
    const onScreen = async () => {
      const box = await page.getByTestId('graph-canvas').boundingBox();
      const at = await page.getByTestId('graph-canvas').evaluate((el, id) => {
        const cy = (el as unknown as { _cyreg: { cy: import('cytoscape').Core } })._cyreg.cy;
        return cy.getElementById(id).renderedPosition();
      }, item14.id);
      return { x: (box?.x ?? 0) + at.x, y: (box?.y ?? 0) + at.y };
    };
    const first = await onScreen();
    await page.mouse.dblclick(first.x, first.y);
    await waitForRendered(page, `> ${before}`);
    await page.getByRole('button', { name: '收起所选节点' }).waitFor();
    await screenshot(page, '04b-double-click-expanded');
    const second = await onScreen();
    await page.mouse.dblclick(second.x, second.y);
    await waitForRendered(page, `=== ${before}`);
    await page.getByRole('button', { name: '展开所选节点' }).waitFor();
  });

  it('exports the canvas as PNG and the table as CSV', async () => {
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '导出 PNG' }).click(),
    ]);
    const pngFile = path.join(SCREENSHOT_DIR, 'export-cascade.png');
    await png.saveAs(pngFile);
    const pngBytes = await readFile(pngFile);
    expect(png.suggestedFilename()).toBe('级联图.png');
    expect([...pngBytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(pngBytes.length).toBeGreaterThan(5_000);

    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '导出 CSV' }).click(),
    ]);
    const csvFile = path.join(SCREENSHOT_DIR, 'export-cascade.csv');
    await csv.saveAs(csvFile);
    const csvText = await readFile(csvFile, 'utf8');
    const lines = csvText
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(csvText.startsWith('\uFEFF')).toBe(true);
    expect(lines[0]).toBe('层级,地区,类型,文件,条款,落实的上级条款,最高得分,责任单位');
    expect(lines).toHaveLength(cascadeSize.totalCount + 2);
    expect(lines[1].startsWith('中央,')).toBe(true);
    await screenshot(page, '05-exported');
  });

  it('restores the selected node and filters from a shared URL', async () => {
    await page.getByRole('checkbox', { name: '中央' }).check();
    await page.getByRole('checkbox', { name: '县级' }).check();
    const shared = page.url();
    expect(shared).toContain('levels=central%2Ccounty');
    const other = await session.context.newPage();
    await other.goto(shared);
    await other.getByTestId('details-panel').waitFor();
    await expect(other.getByRole('checkbox', { name: '中央' }).isChecked()).resolves.toBe(true);
    await expect(other.getByRole('checkbox', { name: '县级' }).isChecked()).resolves.toBe(true);
    await expect(other.getByRole('checkbox', { name: '市级' }).isChecked()).resolves.toBe(false);
    await expect(other.getByTestId('details-text').textContent()).resolves.toContain('局队合一');
    await waitForRender(other, 1);
    const tableLevels = await other
      .getByTestId('graph-table')
      .locator('tbody tr td:first-child')
      .allTextContents();
    expect(new Set(tableLevels).size).toBeGreaterThan(0);
    expect([...new Set(tableLevels)].every((l) => l === '中央' || l === '县级')).toBe(true);
    await screenshot(other, '06-url-restored');
    await other.close();
  });

  it('asks the server for the cascade kept to the region chosen in the filter', async () => {
    for (const level of ['中央', '县级']) await page.getByRole('checkbox', { name: level }).uncheck();
    const full = await gql<{
      cascade: { byRegion: { region: { code: string; name: string; level: string } | null }[] };
    }>(url, 'query($from: ID!) { cascade(from: $from) { byRegion { region { code name level } } } }', {
      from: item14.id,
    });
    const city = full.cascade.byRegion.find((r) => r.region?.level === 'CITY')!.region!;
    const kept = await gql<{ cascade: { totalCount: number } }>(
      url,
      'query($from: ID!, $region: String) { cascade(from: $from, region: $region) { totalCount } }',
      { from: item14.id, region: city.code },
    );
    expect(kept.cascade.totalCount).toBeGreaterThan(0);
    expect(kept.cascade.totalCount).toBeLessThan(cascadeSize.totalCount);

    const asked = page.waitForRequest((request) => {
      const body = request.postData() ?? '';
      return body.includes('ExplorerCascade') && body.includes(`"region":"${city.code}"`);
    });
    await page.getByLabel('图谱地区筛选').selectOption(city.code);
    await asked;
    // The root stays pinned; every other node is the chosen city's.
    await waitForRendered(page, `=== ${kept.cascade.totalCount + 1}`);
    const places = await page
      .getByTestId('graph-table')
      .locator('tbody tr td:nth-child(2)')
      .allTextContents();
    expect(places).toHaveLength(kept.cascade.totalCount + 1);
    expect(places.filter((p) => p === city.name)).toHaveLength(kept.cascade.totalCount);
    expect(page.url()).toContain(`fregion=${city.code}`);
    await screenshot(page, '06b-cascade-in-region');
  });

  it('measures navigation to the first cascade rendered', async () => {
    const timings: number[] = [];
    for (let i = 0; i < 3; i += 1) {
      const fresh = await session.context.newPage();
      await fresh.goto(`${url}/?root=${encodeURIComponent(item14.id)}`);
      await waitForRender(fresh, 1);
      const ms = Number(
        await fresh.evaluate(
          `performance.getEntriesByName('explorer:first-cascade-rendered')[0]?.startTime ?? -1`,
        ),
      );
      timings.push(Math.round(ms));
      if (i === 2) await screenshot(fresh, '07-direct-cascade-link');
      await fresh.close();
    }
    expect(timings.every((t) => t > 0)).toBe(true);
    await writeFile(
      path.join(SCREENSHOT_DIR, 'load-time.json'),
      JSON.stringify({ navigationToFirstCascadeMs: timings }, null, 2),
    );
    console.log(`explorer load time (navigation → first cascade rendered), ms: ${timings.join(', ')}`);
  });
});
