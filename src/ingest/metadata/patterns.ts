// Recognizers for the lines of a document's front and back matter, on the parse text
// (Simplified, punctuation unified). Bounded quantifiers keep every test linear.
import { chineseNumeralValue } from '../outline/numerals.js';

const DOC_NUMBER = /([\u4e00-\u9fff]{1,12})\s?[〔[(【]\s?((?:19|20)\d{2})\s?[〕\])】]\s?(\d{1,4})\s?号/;

/** 鞍委发〔2021〕25号 in any bracket form, normalized to 〔〕; null when absent. */
export function findDocNumber(text: string): string | null {
  const m = DOC_NUMBER.exec(text);
  return m ? `${m[1]}〔${m[2]}〕${Number(m[3])}号` : null;
}

/** A line that is nothing but a document number. */
export const isDocNumberLine = (text: string): boolean => {
  const m = DOC_NUMBER.exec(text);
  return m !== null && text.replace(m[0], '').replace(/[\s()]/g, '').length <= 2;
};

const ARABIC_DATE = /^(\d{4})\s?年\s?(\d{1,2})\s?月\s?(\d{1,2})\s?日$/;
const ISO_DATE = /^(\d{4})[-./](\d{1,2})[-./](\d{1,2})$/;
const CHINESE_DATE =
  /^([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日$/;
const YEAR_DIGITS: Record<string, string> = {
  〇: '0',
  零: '0',
  一: '1',
  二: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
  七: '7',
  八: '8',
  九: '9',
};

const iso = (y: number, m: number, d: number): string | null =>
  m >= 1 && m <= 12 && d >= 1 && d <= 31
    ? `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
    : null;

/** A line holding only a date (2021年12月10日, 二〇二一年十二月十日, 2021-12-10) as ISO, else null. */
export function parseDateLine(text: string): string | null {
  const t = text.replace(/\s/g, '');
  let m = ARABIC_DATE.exec(t) ?? ISO_DATE.exec(t);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = CHINESE_DATE.exec(t);
  if (m) {
    const year = Number([...m[1]].map((c) => YEAR_DIGITS[c]).join(''));
    const month = chineseNumeralValue(m[2]);
    const day = chineseNumeralValue(m[3]);
    return month && day ? iso(year, month, day) : null;
  }
  return null;
}

const ADOPTION = /^\((\d{4})年(\d{1,2})月(\d{1,2})日([^()]{0,80}(?:\([^()]{0,20}\)[^()]{0,40})?)\)$/;
const ADOPTION_VERB = /通过|审议|发布|印发|施行|修订|修正|批准/;

/** (2015年1月26日中国共产党株洲县第九届委员会第八次全体会议通过) → 2015-01-26. */
export function parseAdoptionLine(text: string): string | null {
  const m = ADOPTION.exec(text.replace(/\s/g, ''));
  // A bare date in parentheses under a title, (2022年6月1日), dates the document too.
  return m && (m[4] === '' || ADOPTION_VERB.test(m[4]))
    ? iso(Number(m[1]), Number(m[2]), Number(m[3]))
    : null;
}

const ORG_SUFFIX =
  /(委员会|党委|党组|党工委|市委|县委|区委|省委|州委|旗委|人民政府|政府|办公厅|办公室|厅|局|部|院|委|小组|中心|办事处|法院|检察院|人大常委会|政协)$/;

/** A line naming the issuing body (or several, separated by spaces): 中共鞍山市委. */
export function isOrganizationLine(text: string): boolean {
  if (text.length > 60 || /[。,;:!?、《》“”]/.test(text)) return false;
  return text
    .split(' ')
    .every((part) => part.length >= 2 && part.length <= 30 && ORG_SUFFIX.test(part) && !/^[\d]/.test(part));
}

/** Notes printed under a notice's signature: (此件公开发布), (有删减). */
export const isReleaseNote = (text: string): boolean =>
  /^\((此件|本件|有删减|删减|公开|不公开)[^()]{0,20}\)$/.test(text);

/** The sentence by which a notice issues the document: 现将《…》印发给你们. */
const NOTICE_SENTENCE =
  /(现将|现把|特将|今将|将)《([^《》]{2,80})》[^。]{0,40}(印发|转发|下发|发)给你们|现(予以)?印发《([^《》]{2,80})》|《([^《》]{2,80})》[^。]{0,30}(已经|业经)[^。]{0,40}同意,?现(予以)?印发/;

const BARE_NOTICE_SENTENCE = /^现将[^《》。]{1,30}(印发|转发|下发)给你们/;

/** The sentence by which a notice issues the document; `title` is null when it names none (现将该方案印发给你们). */
export function findNoticeSentence(text: string): { title: string | null } | null {
  const m = NOTICE_SENTENCE.exec(text);
  if (m) return { title: m[2] ?? m[5] ?? m[6] };
  return BARE_NOTICE_SENTENCE.test(text) ? { title: null } : null;
}

/** 关于印发《…》的通知 — the title of a forwarding notice. */
export const NOTICE_TITLE = /^(.{0,40})关于(印发|转发|下发)《([^《》]{2,80})》的通知$/;

const DOC_TYPE =
  '(?:实施方案|工作方案|方案|实施意见|指导意见|意见|规划|计划|办法|规定|细则|纲要|要点|决定|通知|条例|措施|举措|制度|规则|指引|清单|标准|纪要|报告|建议|准则|守则|章程|通告|公告|决议|任务分工|分工方案|责任清单|若干措施)';
const TITLE_END = new RegExp(`${DOC_TYPE}(\\([^()]{1,24}\\))*$`);

/** The last line of a title ends with a document type and optional parentheticals. */
export const endsLikeTitle = (text: string): boolean => TITLE_END.test(text);

/** Could be (part of) a title line: short, no sentence punctuation. */
export const isTitleFragment = (text: string): boolean =>
  text.length >= 2 && text.length <= 80 && !/[。;:!?]/.test(text) && (text.match(/,/g)?.length ?? 0) <= 1;

/** Drafting stages that do not change which document a text is. */
export const DRAFT_SUFFIX = /\((征求意见稿|送审稿|草案|讨论稿|修改稿|代拟稿|初稿|审议稿|报批稿)\)$/;
