// Portal chrome: what a web page or document-sharing site printed around the document
// (navigation, breadcrumbs, metadata tables, download banners, share/QR prompts, related links).
// Decided on the parse text (Simplified), so Traditional pages are recognized the same way.

const METADATA_LABELS =
  /^(索引号|发文机关|发布机构|发文单位|发布单位|发布时间|发布日期|成文日期|印发日期|生效日期|实施日期|有效时间|有效期|有效性|时效性?|所属主题|主题分类|主题词|公开对象|发文类型|公开部门|公开方式|公开范围|公开形式|公开时限|状态|文号|发文字号|信息来源|来源|作者|浏览次数|点击数|访问次数|字号|分类|体裁分类|组配分类|服务对象|关键词|发布人|责任编辑|编辑|审核|校对|信息分类|内容分类|统一编号|登记号|备注)[:]/;

const CHROME_PATTERNS: readonly RegExp[] = [
  /^(当前位置|您的位置|您现在的位置|你的位置|所在位置|位置)[:]/,
  /首页\s*[>›»]/,
  /^欢迎(访问|光临|来到)/,
  /(扫描|扫一扫|扫码).{0,6}二维码|关注我们|^分享到|^【?(打印|关闭|收藏)(本页|窗口)?】?(\s*【?(打印|关闭|收藏)(本页|窗口)?】?)*$/,
  /下载(文档|全文|附件|原文)|下载后继续阅读|当前文档共\s*\d+\s*页|\d+(\.\d+)?\s*[KM]B|点击下载|附件下载|文档下载/,
  /^(上一篇|下一篇|上一条|下一条)[:]/,
  /版权所有|ICP备|公网安备|网站标识码|主办单位[:].{0,20}(网站|政府|门户)|技术支持[:]/,
  /字体[:]?\s*[[【]?\s*(大|中|小|[ ]*\])/,
  /^(相关文章|相关链接|相关阅读|推荐阅读|相关文件|热点推荐|猜你喜欢|延伸阅读)$/,
  /^\(?全文\)?$/,
  /^《[^》]+》\s*\(全文\)$/,
];

const URL_LIKE = /(https?:\/\/|www\.|[a-z0-9-]+\.(com|cn|net|org|gov)\b)/i;
const FILE_NAME = /\.(docx?|pdf|wps|txt|xlsx?|ofd)$/i;
const SEPARATED_NAV = /^([^|｜]{1,12}[|｜]){2,}[^|｜]{0,12}$/;

export function isChromeLine(text: string): boolean {
  const compact = text.replace(/ /g, '');
  if (METADATA_LABELS.test(compact) && compact.length <= 60) return true;
  if (/^[\u4e00-\u9fff]{2,8}[:]$/.test(compact)) return true;
  if (CHROME_PATTERNS.some((re) => re.test(text))) return true;
  if (URL_LIKE.test(text) && text.length <= 100 && !/[。;]/.test(text)) return true;
  if (FILE_NAME.test(text) && text.length <= 200) return true;
  if ((text.match(/\.(docx?|pdf|wps)/gi)?.length ?? 0) >= 2) return true;
  if (SEPARATED_NAV.test(text)) return true;
  return false;
}

const RELATED_LINKS = /^(相关文章|相关链接|相关阅读|推荐阅读|相关文件|热点推荐|猜你喜欢|延伸阅读)$/;

/**
 * Indices of chrome lines. A "related articles" heading in the second half of the page ends the
 * document: the link titles after it are other pages.
 */
export function findChrome(texts: readonly string[]): Set<number> {
  const chrome = new Set<number>();
  texts.forEach((text, i) => {
    if (isChromeLine(text)) chrome.add(i);
  });
  const related = texts.findIndex((text, i) => i >= texts.length / 2 && RELATED_LINKS.test(text));
  if (related >= 0) for (let i = related; i < texts.length; i++) chrome.add(i);
  // The same line printed again right after itself (repeated file names, headers) is chrome.
  for (let i = 1; i < texts.length; i++) if (texts[i] === texts[i - 1]) chrome.add(i);
  return chrome;
}

/**
 * Running headers and footers of a PDF: the same short line on many pages. Outline lines and
 * unit lines repeat legitimately and are never taken.
 */
export function findRunningHeaders(
  texts: readonly string[],
  isContent: (text: string) => boolean,
): Set<number> {
  const seen = new Map<string, number[]>();
  texts.forEach((text, i) => {
    if (text.length > 40 || isContent(text)) return;
    const list = seen.get(text) ?? [];
    list.push(i);
    seen.set(text, list);
  });
  const out = new Set<number>();
  // The first copy near the top may be the document's own title, which the header repeats.
  for (const indices of seen.values())
    if (indices.length >= 3) for (const i of indices) if (i >= 10 || i !== indices[0]) out.add(i);
  return out;
}
