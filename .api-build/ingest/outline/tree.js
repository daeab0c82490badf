import { readMarker, UNIT_LINE } from './markers.js';
export const KIND_RANK = { section: 0, item: 1, task: 2, subtask: 3, bullet: 4 };
/** How far a printed number may skip ahead before it is taken for a number in running text. */
const MAX_GAP = 3;
export function buildOutline(lines, firstLineNumber) {
    const nodes = [];
    const warnings = [];
    const paths = new Set();
    const root = { node: null, lastValue: new Map(), lastStyle: new Map(), bullets: 0 };
    const stack = [root];
    const lastGlobal = new Map();
    const siblings = new Map();
    lines.forEach((line, index) => {
        const lineNumber = firstLineNumber + index;
        const marker = readMarker(line.text);
        const current = stack[stack.length - 1].node;
        if (!marker) {
            current?.lines.push(line);
            return;
        }
        // Close provisions of the same or a lower kind; the new one hangs under what remains.
        let depth = stack.length;
        while (depth > 1 && KIND_RANK[stack[depth - 1].node.kind] >= KIND_RANK[marker.kind])
            depth--;
        const scope = stack[depth - 1];
        if (marker.kind !== 'bullet' && !plausible(marker, scope, lastGlobal)) {
            warnings.push({
                code: 'ORDINAL_OUT_OF_SEQUENCE',
                message: `"${marker.ordinal}" does not continue the numbering (${describeLast(scope, marker.kind)}); read as running text.`,
                line: lineNumber,
            });
            current?.lines.push(line);
            return;
        }
        checkSequence(marker, scope, lastGlobal, lineNumber, warnings);
        stack.length = depth;
        const parent = scope.node;
        const segment = marker.kind === 'bullet' ? `——${++scope.bullets}` : marker.ordinal;
        let path = (parent?.path ?? '') + segment;
        if (paths.has(path)) {
            let n = 2;
            while (paths.has(`${path}#${n}`))
                n++;
            warnings.push({ code: 'DUPLICATE_ORDINAL', message: `Ordinal path ${path} printed twice; the second is ${path}#${n}.`, line: lineNumber });
            path = `${path}#${n}`;
        }
        paths.add(path);
        const siblingKey = parent?.path ?? '';
        const ordinalNumber = (siblings.get(siblingKey) ?? 0) + 1;
        siblings.set(siblingKey, ordinalNumber);
        if (parent)
            parent.childCount++;
        const node = {
            kind: marker.kind,
            marker,
            path,
            parentPath: parent?.path ?? null,
            ordinalNumber,
            depth: depth - 1,
            lineNumber,
            printedOrdinal: line.original.slice(0, marker.length),
            lines: [{ original: line.original.slice(marker.length), text: line.text.slice(marker.length) }],
            childCount: 0,
        };
        nodes.push(node);
        stack.push({ node, lastValue: new Map(), lastStyle: new Map(), bullets: 0 });
    });
    liftTrailingUnitLines(nodes);
    return { nodes, warnings };
}
/**
 * Unit lines printed after a task's last sub-task name the units of the whole task when none of
 * the other sub-tasks carries units of its own: they move up to the task.
 */
function liftTrailingUnitLines(nodes) {
    const children = new Map();
    for (const node of nodes) {
        if (node.parentPath === null)
            continue;
        const list = children.get(node.parentPath) ?? [];
        list.push(node);
        children.set(node.parentPath, list);
    }
    for (const parent of nodes) {
        const kids = children.get(parent.path);
        if (!kids || parent.lines.some((l) => UNIT_LINE.test(l.text)))
            continue;
        const last = kids[kids.length - 1];
        if (last.kind !== 'subtask' && last.kind !== 'bullet')
            continue;
        if (kids.slice(0, -1).some((k) => k.lines.some((l) => UNIT_LINE.test(l.text))))
            continue;
        const firstUnit = last.lines.findIndex((l, i) => i > 0 && UNIT_LINE.test(l.text));
        if (firstUnit < 0 || !last.lines.slice(firstUnit).every((l) => UNIT_LINE.test(l.text)))
            continue;
        parent.lines.push(...last.lines.splice(firstUnit));
    }
}
function plausible(marker, scope, lastGlobal) {
    if (marker.value === 1)
        return true;
    const inScope = scope.lastValue.get(marker.kind) ?? 0;
    const global = lastGlobal.get(marker.kind) ?? 0;
    const continues = (last) => marker.value > last && marker.value <= last + MAX_GAP;
    return continues(inScope) || continues(global);
}
function checkSequence(marker, scope, lastGlobal, line, warnings) {
    if (marker.kind === 'bullet')
        return;
    const inScope = scope.lastValue.get(marker.kind) ?? 0;
    const global = lastGlobal.get(marker.kind) ?? 0;
    const expected = [inScope + 1, global + 1, 1];
    if (!expected.includes(marker.value)) {
        const last = Math.max(inScope, global);
        warnings.push({ code: 'ORDINAL_GAP', message: `Numbering skips from ${last} to ${marker.value} at "${marker.ordinal}".`, line });
    }
    const style = scope.lastStyle.get(marker.kind);
    if (style && style !== marker.style) {
        warnings.push({ code: 'MIXED_NUMBERING', message: `"${marker.ordinal}" mixes ${marker.style} with ${style} numbering among siblings.`, line });
    }
    scope.lastValue.set(marker.kind, marker.value);
    scope.lastStyle.set(marker.kind, marker.style);
    lastGlobal.set(marker.kind, marker.value);
}
const describeLast = (scope, kind) => `last ${kind} was ${scope.lastValue.get(kind) ?? 'none'}`;
//# sourceMappingURL=tree.js.map