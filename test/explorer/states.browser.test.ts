// Empty and error states: the API unreachable, an unknown ID and invalid parameters in the URL;
// and the offline GraphiQL sandbox at GET /graphql.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type BrowserSession, centralItem14, openBrowser, screenshot } from './browser.js';

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

describe('explorer states', () => {
  it('says so when the API cannot be reached, and recovers on retry', async () => {
    const { id } = await centralItem14(url);
    await page.route('**/graphql', (route) => route.abort('connectionrefused'));
    await page.goto(`${url}/?root=${encodeURIComponent(id)}&node=${encodeURIComponent(id)}`);
    const alert = page.locator('[data-error-kind="unreachable"]').first();
    await alert.waitFor({ timeout: 30_000 });
    await expect(alert.textContent()).resolves.toContain('无法连接到 API 服务器');
    await screenshot(page, '10-api-down');
    await page.unroute('**/graphql');
    await alert.getByRole('button', { name: '重试' }).click();
    await page.getByTestId('graph-table').waitFor({ timeout: 60_000 });
  });

  it('reports an unknown node ID and invalid parameters from the URL', async () => {
    await page.goto(`${url}/?view=explore&root=no-such-node&node=no-such-node&levels=city,moon&min=9`);
    await page
      .locator('[data-error-kind="not-found"], [data-error-kind="bad-input"]')
      .first()
      .waitFor({ timeout: 30_000 });
    const banner = await page.getByRole('alert').first().textContent();
    expect(banner).toMatch(/^链接中的参数无效,已忽略:(levels、min|min、levels)\s*知道了$/);
    await expect(page.locator('[data-error-kind]').first().textContent()).resolves.toContain(
      '找不到编号为“no-such-node”',
    );
    await screenshot(page, '11-bad-id');
  });

  it('shows an empty state when a search finds nothing', async () => {
    await page.goto(`${url}/?q=${encodeURIComponent('量子引力弦论')}`);
    await page.getByText('没有找到与“量子引力弦论”相关的条款。').waitFor({ timeout: 30_000 });
  });

  it('serves an offline GraphiQL sandbox at GET /graphql', async () => {
    const outside: string[] = [];
    page.on('request', (request) => {
      if (
        !request.url().startsWith(url) &&
        !request.url().startsWith('blob:') &&
        !request.url().startsWith('data:')
      )
        outside.push(request.url());
    });
    await page.goto(`${url}/graphql`);
    await page.locator('.graphiql-container').waitFor({ timeout: 60_000 });
    // The editor loads its query asynchronously (Monaco): a click before that runs nothing, which a
    // busy machine makes likely (CI failed so once). Click until the answer shows, for up to a minute.
    const answer = page.locator('.graphiql-response').getByText('"totalCount"').first();
    let answered = false;
    for (let attempt = 0; attempt < 12 && !answered; attempt++) {
      await page.getByRole('button', { name: /Execute query/i }).click();
      answered = await answer.waitFor({ timeout: 5_000 }).then(
        () => true,
        () => false,
      );
    }
    expect(answered).toBe(true);
    const response = (await page.locator('.graphiql-response').textContent()) ?? '';
    expect(response).not.toContain('"errors"');
    await screenshot(page, '12-sandbox');
    expect(outside).toEqual([]);
  });
});
