// Shared helpers of the explorer's browser tests: Debian's Chromium through playwright-core,
// headless with a fresh profile per test file, and screenshots saved under test-results/explorer/.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const SCREENSHOT_DIR = path.resolve(import.meta.dirname, '../../test-results/explorer');

export interface BrowserSession {
  readonly context: BrowserContext;
  readonly page: Page;
  close(): Promise<void>;
}

export async function openBrowser(): Promise<BrowserSession> {
  const profile = await mkdtemp(path.join(tmpdir(), 'policy-cascade-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
    acceptDownloads: true,
    viewport: { width: 1600, height: 1000 },
    locale: 'zh-CN',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: false });
  return file;
}

/** Asks the API directly, to learn IDs and expected answers the UI must show. */
export async function gql<T>(
  baseUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(`GraphQL errors: ${body.errors.map((e) => e.message).join('; ')}`);
  return body.data as T;
}

/** The printed path of an item (十四), full- or half-width brackets, at the end of the path. */
export const ITEM_14 = /[（(]十四[)）]$/;

/** The central opinion on city and county rule of law, and its item (十四). */
export async function centralItem14(
  baseUrl: string,
): Promise<{ documentId: string; documentTitle: string; id: string; path: string; title: string | null }> {
  const data = await gql<{
    documents: {
      nodes: {
        id: string;
        title: string;
        provisions: { nodes: { id: string; path: string; title: string | null }[] };
      }[];
    };
  }>(
    baseUrl,
    `{ documents(level: CENTRAL, referencedOnly: false, first: 20) { nodes { id title provisions(first: 100, maxDepth: 1) { nodes { id path title } } } } }`,
  );
  for (const d of data.documents.nodes) {
    const item = d.provisions.nodes.find((p) => ITEM_14.test(p.path));
    if (item) return { documentId: d.id, documentTitle: d.title, ...item };
  }
  throw new Error('No central document with an item (十四) in the seeded graph');
}
