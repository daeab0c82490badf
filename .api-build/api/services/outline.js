export const isWithin = (p, ancestor) => p.documentId === ancestor.documentId && p.localId !== ancestor.localId && p.path.startsWith(ancestor.path);
export const descendantsOf = (ancestor, documentProvisions) => documentProvisions.filter((p) => isWithin(p, ancestor));
export const ancestorsOf = (p, documentProvisions) => documentProvisions.filter((a) => isWithin(p, a)).sort((x, y) => x.depth - y.depth);
//# sourceMappingURL=outline.js.map