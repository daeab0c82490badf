// HTML pages: the main content only. Page furniture (scripts, navigation, headers, footers,
// share bars) is removed, then the tightest element holding most of the page's non-link Chinese
// text is taken as the document, with the page's headline put back when it lies outside it.
import * as cheerio from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { countCjk } from '../lines.js';

const FURNITURE =
  'script, style, noscript, iframe, form, select, button, input, nav, header, footer, aside, template, svg, object';
const FURNITURE_NAME =
  /(^|[-_\s])(nav|menu|breadcrumb|crumb|footer|header|share|sidebar|side|related|toolbar|login|search|copyright|banner|topbar|bottom|pager|pagination|qrcode|ewm)([-_\s]|$)/i;
const BLOCK = 'p, div, br, li, tr, h1, h2, h3, h4, h5, h6, section, article, table, blockquote, pre, dd, dt';
/** Share of the page's text the chosen container must hold. */
const MAIN_SHARE = 0.8;

export function readHtml(html: string): string {
  const $ = cheerio.load(html);
  $(FURNITURE).remove();
  $('[class], [id]').each((_, el) => {
    const names = `${$(el).attr('class') ?? ''} ${$(el).attr('id') ?? ''}`;
    if (FURNITURE_NAME.test(names)) $(el).remove();
  });
  const headline = (
    $('h1').first().text() ||
    $('title')
      .text()
      .split(/[-_|–—]/)[0] ||
    ''
  ).trim();

  const ownText = (el: AnyNode): number => countCjk($(el).text()) - countCjk($(el).find('a').text());
  const body = $('body').get(0) ?? $.root().get(0)!;
  const total = ownText(body);
  let main: AnyNode = body;
  // Descend while one child still holds most of the text: ends at the content container.
  for (;;) {
    const children = $(main).children().toArray() as Element[];
    const next = children.find((child) => ownText(child) >= total * MAIN_SHARE);
    if (!next) break;
    main = next;
  }
  $(main).find('br').replaceWith('\n');
  $(main)
    .find(BLOCK)
    .each((_, el) => {
      $(el).prepend('\n').append('\n');
    });
  const text = $(main).text();
  const needsHeadline =
    headline.length >= 4 && !text.replace(/\s/g, '').includes(headline.replace(/\s/g, ''));
  return needsHeadline ? `${headline}\n${text}` : text;
}
