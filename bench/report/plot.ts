// The cost-against-size plot: an SVG drawn here (log–log panels for time, memory and API latency,
// with linear and quadratic guides from the smallest size), rendered to PNG by headless Chromium.
import { writeFileSync } from 'node:fs';
import type { SizeResult } from '../size-run.js';
import { API_QUERIES } from '../stages/api.js';

interface Series {
  name: string;
  color: string;
  points: [number, number][];
  dashed?: boolean;
}

const W = 420;
const H = 320;
const M = { left: 62, right: 14, top: 34, bottom: 48 };
const COLORS = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#8c564b'];

const log10 = Math.log10;
const fmt = (v: number) =>
  v >= 1000 ? `${Math.round(v / 1000)}k` : v >= 10 ? String(Math.round(v)) : String(Math.round(v * 10) / 10);
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function panel(title: string, yLabel: string, series: Series[], offsetX: number): string {
  const all = series.flatMap((s) => s.points).filter(([x, y]) => x > 0 && y > 0);
  if (all.length === 0) return '';
  const [x0, x1] = [Math.min(...all.map((p) => p[0])), Math.max(...all.map((p) => p[0]))];
  const [y0, y1] = [Math.min(...all.map((p) => p[1])), Math.max(...all.map((p) => p[1]))];
  const lx = [log10(x0) - 0.1, log10(x1) + 0.1];
  const ly = [log10(y0) - 0.2, log10(y1) + 0.2];
  const sx = (x: number) =>
    offsetX + M.left + ((log10(x) - lx[0]) / (lx[1] - lx[0])) * (W - M.left - M.right);
  const sy = (y: number) => M.top + (1 - (log10(y) - ly[0]) / (ly[1] - ly[0])) * (H - M.top - M.bottom);
  const out: string[] = [];
  out.push(
    `<text x="${offsetX + W / 2}" y="18" text-anchor="middle" font-weight="bold">${esc(title)}</text>`,
  );
  out.push(
    `<rect x="${offsetX + M.left}" y="${M.top}" width="${W - M.left - M.right}" height="${H - M.top - M.bottom}" fill="none" stroke="#999"/>`,
  );
  for (let e = Math.ceil(ly[0]); e <= Math.floor(ly[1]); e++) {
    const y = sy(10 ** e);
    out.push(
      `<line x1="${offsetX + M.left}" x2="${offsetX + W - M.right}" y1="${y}" y2="${y}" stroke="#eee"/>`,
    );
    out.push(
      `<text x="${offsetX + M.left - 6}" y="${y + 4}" text-anchor="end" font-size="11">${fmt(10 ** e)}</text>`,
    );
  }
  for (const x of [...new Set(all.map((p) => p[0]))]) {
    out.push(
      `<text x="${sx(x)}" y="${H - M.bottom + 16}" text-anchor="middle" font-size="11">${fmt(x)}</text>`,
    );
  }
  out.push(
    `<text x="${offsetX + W / 2}" y="${H - 10}" text-anchor="middle" font-size="12">provisions (log)</text>`,
  );
  out.push(
    `<text transform="translate(${offsetX + 14},${H / 2}) rotate(-90)" text-anchor="middle" font-size="12">${esc(yLabel)}</text>`,
  );
  series.forEach((s, i) => {
    const pts = s.points.filter(([x, y]) => x > 0 && y > 0);
    if (pts.length === 0) return;
    const d = pts
      .map(([x, y], j) => `${j === 0 ? 'M' : 'L'}${sx(x).toFixed(1)},${sy(y).toFixed(1)}`)
      .join(' ');
    out.push(
      `<path d="${d}" fill="none" stroke="${s.color}" stroke-width="2"${s.dashed ? ' stroke-dasharray="5,4"' : ''}/>`,
    );
    if (!s.dashed)
      for (const [x, y] of pts) out.push(`<circle cx="${sx(x)}" cy="${sy(y)}" r="3.5" fill="${s.color}"/>`);
    out.push(
      `<line x1="${offsetX + M.left + 10}" x2="${offsetX + M.left + 30}" y1="${M.top + 14 + i * 16}" y2="${M.top + 14 + i * 16}" stroke="${s.color}" stroke-width="2"${s.dashed ? ' stroke-dasharray="5,4"' : ''}/>`,
    );
    out.push(
      `<text x="${offsetX + M.left + 36}" y="${M.top + 18 + i * 16}" font-size="11">${esc(s.name)}</text>`,
    );
  });
  return out.join('\n');
}

/** Guides through the first point of `base` growing linearly and quadratically with size. */
function guides(base: Series, xs: number[]): Series[] {
  const first = base.points[0];
  if (!first || xs.length < 2) return [];
  const [x0, y0] = first;
  return [
    { name: 'linear guide', color: '#aaa', dashed: true, points: xs.map((x) => [x, y0 * (x / x0)]) },
    { name: 'quadratic guide', color: '#555', dashed: true, points: xs.map((x) => [x, y0 * (x / x0) ** 2]) },
  ];
}

export function costSvg(results: readonly SizeResult[], engine: string): string {
  const rows = results.filter((r) => r.engine === engine).sort((a, b) => a.provisions - b.provisions);
  const xs = rows.map((r) => r.provisions);
  const link: Series = {
    name: 'link (s)',
    color: COLORS[0],
    points: rows.map((r) => [r.provisions, r.link.seconds]),
  };
  const time: Series[] = [
    link,
    {
      name: 'seed, seedCorpus (s)',
      color: COLORS[1],
      points: rows.map((r) => [r.provisions, r.seed.seconds]),
    },
    {
      name: 'bulk load (s)',
      color: COLORS[2],
      points: rows.flatMap((r) => [[r.provisions, r.bulk.loadSeconds] as [number, number]]),
    },
    ...guides(link, xs),
  ];
  const memory: Series[] = [
    {
      name: 'peak RSS, whole run (MB)',
      color: COLORS[3],
      points: rows.map((r) => [r.provisions, r.peakRssMB]),
    },
    {
      name: 'peak RSS, generating, linking and seeding (MB)',
      color: COLORS[2],
      points: rows.flatMap((r) =>
        r.seedAndLinkPeakRssMB === undefined
          ? []
          : [[r.provisions, r.seedAndLinkPeakRssMB] as [number, number]],
      ),
    },
    {
      name: 'peak RSS, linking (MB)',
      color: COLORS[0],
      points: rows.map((r) => [r.provisions, r.link.peakRssMB]),
    },
  ];
  const api: Series[] = API_QUERIES.map((name, i) => ({
    name: `${name} p95 (ms)`,
    color: COLORS[i + 1],
    points: rows.flatMap((r) => {
      const q = r.api.find((a) => a.query === name);
      return q && q.load.p95 > 0 ? [[r.provisions, q.load.p95] as [number, number]] : [];
    }),
  }));
  const width = W * 3;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${H}" viewBox="0 0 ${width} ${H}" font-family="sans-serif">`,
    `<rect width="${width}" height="${H}" fill="white"/>`,
    panel(`Time vs corpus size (${engine})`, 'seconds (log)', time, 0),
    panel('Peak memory', 'MB (log)', memory, W),
    panel('API p95 under load', 'ms (log)', api, 2 * W),
    '</svg>',
  ].join('\n');
}

/** Renders the SVG to PNG with the machine's headless Chromium; false (and a reason) when none. */
export async function renderPng(
  svg: string,
  file: string,
  chromiumPath = '/usr/bin/chromium',
): Promise<{ ok: boolean; reason?: string }> {
  let chromium: typeof import('playwright-core').chromium;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch (error) {
    return { ok: false, reason: `playwright-core unavailable: ${(error as Error).message}` };
  }
  const browser = await chromium
    .launch({
      executablePath: chromiumPath,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
      ],
    })
    .catch((error: Error) => error);
  if (browser instanceof Error)
    return { ok: false, reason: `cannot start Chromium at ${chromiumPath}: ${browser.message}` };
  try {
    const page = await browser.newPage({ viewport: { width: W * 3, height: H }, deviceScaleFactor: 2 });
    await page.setContent(`<!doctype html><html><body style="margin:0">${svg}</body></html>`);
    writeFileSync(file, await page.locator('svg').screenshot({ type: 'png' }));
    return { ok: true };
  } finally {
    await browser.close();
  }
}
