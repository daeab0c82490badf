// The identity of a cited document across spellings: the same title printed in Traditional or
// Simplified, with —— / – / - dashes, full- or half-width brackets, stray spaces, a (全文)
// suffix or the issuer written into the title resolves to one key.
import * as OpenCC from 'opencc-js/t2cn';
const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });
const DASHES = '—–―‐‑‒−─━~～-';
const DASH_RUN = new RegExp(`[${DASHES}]+`, 'g');
const RANGE = new RegExp(`(\\d)\\s*(?:[${DASHES}]+|至|到)\\s*(\\d)`, 'g');
// Notes about the copy, not part of the title.
const COPY_NOTES = /\((全文|征求意见稿|送审稿|讨论稿|修订稿|印发稿|正式稿|摘要|节选)\)/g;
// An issuer written in front of 关于: 中共中央关于… / 中央全面依法治国委员会关于… / 中共株洲市委关于…
const ISSUER_BEFORE_ABOUT = /^.{0,30}?(中共中央|中央|国务院|委员会|办公厅|办公室|党委|党组|省委|市委|县委|区委|州委|盟委|旗委|人民政府|政府|人大常委会|常委会|全会|部|局|厅|委|办)(?=关于)/;
export function citationTitleKey(title) {
    let key = toSimplified(title).normalize('NFKC');
    key = key.replace(/\s+/g, '');
    key = key.replace(/[〔【［[]/g, '(').replace(/[〕】］\]]/g, ')');
    key = key.replace(/[《》〈〉「」『』“”‘’"'`]/g, '');
    key = key.replace(RANGE, '$1-$2').replace(DASH_RUN, '-');
    key = key.replace(COPY_NOTES, '');
    const issuer = ISSUER_BEFORE_ABOUT.exec(key);
    if (issuer && !/(贯彻|落实|实施|执行|推进|加强|建设|的)/.test(issuer[0]))
        key = key.slice(issuer[0].length);
    key = key.replace(/^[,，、.。:：;；!！?？-]+|[,，、.。:：;；!！?？-]+$/g, '');
    return key.toLowerCase();
}
//# sourceMappingURL=key.js.map