export function regionRows(gazetteer) {
    const all = gazetteer
        .all()
        .filter((r) => r.level !== 'township')
        .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
    return {
        regions: all.map((r) => ({ code: r.code, name: r.name, level: r.level, parentCode: r.parentCode })),
        aliases: all.filter((r) => r.aliases.length > 0).map((r) => ({ code: r.code, aliases: [...r.aliases] })),
        parents: all.filter((r) => r.parentCode !== null).map((r) => ({ code: r.code, parentCode: r.parentCode })),
    };
}
//# sourceMappingURL=regions.js.map