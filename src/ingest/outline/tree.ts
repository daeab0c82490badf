// Builds the provision outline from body lines: each ordinal line opens a provision under the
// nearest open provision of a higher kind; other lines continue the provision above them
// (including 责任单位: lines, which belong to the provision they follow).
import type { ProvisionKind } from '../../domain.js';
import type { ParseWarning } from '../schema.js';
import type { Line } from '../lines.js';
import { readMarker, UNIT_LINE, type OutlineMarker } from './markers.js';

export const KIND_RANK: Record<ProvisionKind, number> = {
  section: 0,
  item: 1,
  task: 2,
  subtask: 3,
  bullet: 4,
};

export interface OutlineNode {
  kind: ProvisionKind;
  marker: OutlineMarker;
  path: string;
  parentPath: string | null;
  ordinalNumber: number;
  depth: number;
  /** 1-based line number (in the normalized text) of the ordinal line. */
  lineNumber: number;
  /** The ordinal exactly as printed (full-width punctuation and all). */
  printedOrdinal: string;
  /** The ordinal line without its marker, then its continuation lines. */
  lines: Line[];
  childCount: number;
}

/** How far a printed number may skip ahead before it is taken for a number in running text. */
const MAX_GAP = 3;

interface Scope {
  node: OutlineNode | null;
  /** Last printed value per kind among this scope's children. */
  lastValue: Map<ProvisionKind, number>;
  lastStyle: Map<ProvisionKind, OutlineMarker['style']>;
  bullets: number;
}

export function buildOutline(
  lines: readonly Line[],
  firstLineNumber: number,
): { nodes: OutlineNode[]; warnings: ParseWarning[] } {
  const nodes: OutlineNode[] = [];
  const warnings: ParseWarning[] = [];
  const paths = new Set<string>();
  const root: Scope = { node: null, lastValue: new Map(), lastStyle: new Map(), bullets: 0 };
  const stack: Scope[] = [root];
  const lastGlobal = new Map<ProvisionKind, number>();
  const siblings = new Map<string, number>();

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
    while (depth > 1 && KIND_RANK[stack[depth - 1].node!.kind] >= KIND_RANK[marker.kind]) depth--;
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
      while (paths.has(`${path}#${n}`)) n++;
      warnings.push({
        code: 'DUPLICATE_ORDINAL',
        message: `Ordinal path ${path} printed twice; the second is ${path}#${n}.`,
        line: lineNumber,
      });
      path = `${path}#${n}`;
    }
    paths.add(path);
    const siblingKey = parent?.path ?? '';
    const ordinalNumber = (siblings.get(siblingKey) ?? 0) + 1;
    siblings.set(siblingKey, ordinalNumber);
    if (parent) parent.childCount++;

    const node: OutlineNode = {
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
function liftTrailingUnitLines(nodes: readonly OutlineNode[]): void {
  const children = new Map<string, OutlineNode[]>();
  for (const node of nodes) {
    if (node.parentPath === null) continue;
    const list = children.get(node.parentPath) ?? [];
    list.push(node);
    children.set(node.parentPath, list);
  }
  for (const parent of nodes) {
    const kids = children.get(parent.path);
    if (!kids || parent.lines.some((l) => UNIT_LINE.test(l.text))) continue;
    const last = kids[kids.length - 1];
    if (last.kind !== 'subtask' && last.kind !== 'bullet') continue;
    if (kids.slice(0, -1).some((k) => k.lines.some((l) => UNIT_LINE.test(l.text)))) continue;
    const firstUnit = last.lines.findIndex((l, i) => i > 0 && UNIT_LINE.test(l.text));
    if (firstUnit < 0 || !last.lines.slice(firstUnit).every((l) => UNIT_LINE.test(l.text))) continue;
    parent.lines.push(...last.lines.splice(firstUnit));
  }
}

function plausible(marker: OutlineMarker, scope: Scope, lastGlobal: Map<ProvisionKind, number>): boolean {
  if (marker.value === 1) return true;
  // Chinese-numeral headings (五、, (十)) are not numbers of running text: any step forward counts.
  if (marker.kind === 'section' || marker.kind === 'item') {
    return (
      marker.value > (scope.lastValue.get(marker.kind) ?? 0) ||
      marker.value > (lastGlobal.get(marker.kind) ?? 0)
    );
  }
  const inScope = scope.lastValue.get(marker.kind) ?? 0;
  const global = lastGlobal.get(marker.kind) ?? 0;
  const continues = (last: number) => marker.value > last && marker.value <= last + MAX_GAP;
  return continues(inScope) || continues(global);
}

function checkSequence(
  marker: OutlineMarker,
  scope: Scope,
  lastGlobal: Map<ProvisionKind, number>,
  line: number,
  warnings: ParseWarning[],
) {
  if (marker.kind === 'bullet') return;
  const inScope = scope.lastValue.get(marker.kind) ?? 0;
  const global = lastGlobal.get(marker.kind) ?? 0;
  const expected = [inScope + 1, global + 1, 1];
  if (!expected.includes(marker.value)) {
    const last = Math.max(inScope, global);
    warnings.push({
      code: 'ORDINAL_GAP',
      message: `Numbering skips from ${last} to ${marker.value} at "${marker.ordinal}".`,
      line,
    });
  }
  const style = scope.lastStyle.get(marker.kind);
  if (style && style !== marker.style) {
    warnings.push({
      code: 'MIXED_NUMBERING',
      message: `"${marker.ordinal}" mixes ${marker.style} with ${style} numbering among siblings.`,
      line,
    });
  }
  scope.lastValue.set(marker.kind, marker.value);
  scope.lastStyle.set(marker.kind, marker.style);
  lastGlobal.set(marker.kind, marker.value);
}

const describeLast = (scope: Scope, kind: ProvisionKind): string =>
  `last ${kind} was ${scope.lastValue.get(kind) ?? 'none'}`;
