// Whole-graph dumps for the contract suite: every node and relationship with its properties,
// sorted, so that two states of a graph compare with toEqual.
import type { GraphStore } from '../../src/graph/port.js';
import { namedQuery } from '../../src/graph/queries.js';

export interface GraphDump {
  nodes: string[];
  relationships: string[];
}

const canonical = (value: unknown): string =>
  JSON.stringify(value, (_k, v) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>)
            .filter(([, x]) => x !== null)
            .sort(([a], [b]) => (a < b ? -1 : 1)),
        )
      : v,
  );

export async function dumpGraph(store: GraphStore): Promise<GraphDump> {
  const nodes = await store.read(namedQuery('admin/dump-nodes'));
  const relationships = await store.read(namedQuery('admin/dump-relationships'));
  return {
    nodes: nodes.map((r) => `${r.label} ${canonical(r.properties)}`).sort(),
    relationships: relationships
      .map((r) => `${r.type} ${r.source} -> ${r.target} ${canonical(r.properties)}`)
      .sort(),
  };
}

export type NodeRows = Record<string, unknown>[];

/** Every node (label + properties); read once and look nodes up with `findNode`. */
export const readNodes = (store: GraphStore): Promise<NodeRows> => store.read(namedQuery('admin/dump-nodes'));

/** The properties of the node with this label and key (id, code or name). */
export function findNode(nodes: NodeRows, label: string, key: string): Record<string, unknown> | undefined {
  const found = nodes.find((r) => {
    const p = r.properties as Record<string, unknown>;
    return r.label === label && (p.id ?? p.code ?? p.name) === key;
  });
  return found?.properties as Record<string, unknown> | undefined;
}

/** One node's properties from a fresh read (slow on big graphs: use readNodes + findNode). */
export async function nodeProperties(store: GraphStore, label: string, key: string) {
  return findNode(await readNodes(store), label, key);
}
