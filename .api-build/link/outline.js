const cjkLength = (s) => (s.match(/[\u3400-\u9fff]/g) ?? []).length;
const SEPARATORS = /[、,,和与及\s]/g;
/** True when a title is made only of generic headings: 指导思想、基本原则和目标任务. */
export function isGeneralTitle(title, generalTitles) {
    if (!title)
        return false;
    let rest = title.replace(/[。.::]$/, '');
    let matched = false;
    for (const g of [...generalTitles].sort((a, b) => b.length - a.length)) {
        if (rest.includes(g)) {
            matched = true;
            rest = rest.split(g).join('');
        }
    }
    return matched && rest.replace(SEPARATORS, '').length === 0;
}
const firstSentence = (text) => text.split(/[。;;]/)[0] ?? '';
export function outlineOf(document, generalTitles) {
    const byPath = new Map(document.provisions.map((p) => [p.path, p]));
    const children = new Map();
    for (const p of document.provisions) {
        if (p.parentPath === null)
            continue;
        const list = children.get(p.parentPath) ?? [];
        list.push(p);
        children.set(p.parentPath, list);
    }
    return document.provisions.map((provision) => {
        const contextTitles = [];
        let general = isGeneralTitle(provision.title, generalTitles);
        for (let parent = provision.parentPath; parent !== null;) {
            const up = byPath.get(parent);
            if (!up)
                break;
            if (up.title)
                contextTitles.push(up.title);
            if (isGeneralTitle(up.title, generalTitles))
                general = true;
            parent = up.parentPath;
        }
        const kids = children.get(provision.path) ?? [];
        return {
            provision,
            contextTitles,
            childTitles: kids.map((k) => k.title ?? firstSentence(k.text)).filter((t) => t.length > 0),
            headingOnly: kids.length > 0 && cjkLength(provision.text) < 10,
            general,
        };
    });
}
//# sourceMappingURL=outline.js.map