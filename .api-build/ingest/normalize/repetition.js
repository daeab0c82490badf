// Detects a document printed twice (some scrapes concatenate the page body with a copy of it)
// and keeps one copy. General: any long block that reappears verbatim later is dropped.
const key = (line) => line.replace(/\s+/g, '');
/**
 * Returns the indices to drop. A block starting at j repeats the block at i when at least
 * 5 consecutive lines and 80% of the distance between them match.
 */
export function findRepeatedBlock(lines) {
    const keys = lines.map(key);
    const firstIndex = new Map();
    for (let j = 0; j < keys.length; j++) {
        const i = firstIndex.get(keys[j]);
        if (i === undefined) {
            firstIndex.set(keys[j], j);
            continue;
        }
        let run = 0;
        while (j + run < keys.length && i + run < j && keys[i + run] === keys[j + run])
            run++;
        if (run >= 5 && run >= 0.8 * (j - i))
            return { start: j, end: j + run };
    }
    return null;
}
//# sourceMappingURL=repetition.js.map