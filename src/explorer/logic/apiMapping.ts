// Maps GraphQL results onto the view model: GraphQL enum names to domain values, cascade and
// neighbourhood answers to nodes and edges. IMPLEMENTS edges keep the API's direction
// (source = the lower, implementing provision; target = the requirement).
import type { GovernmentLevel, LinkMethod, ProvisionKind, UnitRole } from '../../domain.js';
import type {
  ApiCascade,
  ApiDocumentSummary,
  ApiKind,
  ApiLabel,
  ApiLevel,
  ApiMethod,
  ApiProvisionSummary,
  ApiRole,
  ApiSubgraph,
} from '../api/types.js';
import type { UnitOnProvision } from './tables.js';
import {
  EDGE_KINDS,
  type EdgeKind,
  type GraphData,
  type GraphEdge,
  type GraphNode,
  type NodeKind,
} from './types.js';

export const fromApiLevel = (level: ApiLevel | null | undefined): GovernmentLevel | null =>
  level ? (level.toLowerCase() as GovernmentLevel) : null;

export const toApiLevel = (level: GovernmentLevel): ApiLevel => level.toUpperCase() as ApiLevel;

export const fromApiRole = (role: ApiRole): UnitRole =>
  role === 'CO_LEAD' ? 'co-lead' : (role.toLowerCase() as UnitRole);

export const fromApiKind = (kind: ApiKind): ProvisionKind => kind.toLowerCase() as ProvisionKind;

export const fromApiMethod = (method: ApiMethod): LinkMethod => method.toLowerCase() as LinkMethod;

/** `三、(十四) 深化执法体制机制改革`: the printed path, then the inline title when there is one. */
export function provisionCaption(p: { readonly path: string; readonly title: string | null }): string {
  return p.title ? `${p.path} ${p.title}` : p.path;
}

export function provisionNode(p: ApiProvisionSummary, depth: number | null = null): GraphNode {
  const place = p.document.region?.name ?? p.document.title;
  return {
    id: p.id,
    kind: 'Provision',
    label: `${place}\n${provisionCaption(p)}`,
    caption: provisionCaption(p),
    level: fromApiLevel(p.level),
    regionCode: p.document.region?.code ?? null,
    regionName: p.document.region?.name ?? null,
    documentId: p.document.id,
    documentTitle: p.document.title,
    referencedOnly: false,
    depth,
  };
}

export function documentNode(d: ApiDocumentSummary): GraphNode {
  return {
    id: d.id,
    kind: 'Document',
    label: d.title,
    level: fromApiLevel(d.level),
    regionCode: d.region?.code ?? null,
    regionName: d.region?.name ?? null,
    documentId: d.id,
    documentTitle: d.title,
    referencedOnly: d.referencedOnly,
    depth: null,
  };
}

export function implementsEdgeId(sourceId: string, targetId: string): string {
  return `IMPLEMENTS:${sourceId}->${targetId}`;
}

export function cascadeToGraph(cascade: ApiCascade): GraphData {
  const nodes = new Map<string, GraphNode>([[cascade.root.id, provisionNode(cascade.root, 0)]]);
  for (const n of cascade.nodes) {
    if (!nodes.has(n.provision.id)) nodes.set(n.provision.id, provisionNode(n.provision, n.depth));
  }
  const edges = new Map<string, GraphEdge>();
  for (const { implementation: i } of cascade.edges) {
    const id = implementsEdgeId(i.source.id, i.target.id);
    edges.set(id, {
      id,
      kind: 'IMPLEMENTS',
      source: i.source.id,
      target: i.target.id,
      score: i.score,
      method: fromApiMethod(i.method),
      evidence: i.evidence.summary || null,
      role: null,
    });
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

/**
 * Units carrying a cascade, attributed to the cascade's provisions. The API names the provision a
 * unit is assigned to, which may be a sub-provision (an item under a task); it is attributed to the
 * cascade provision whose path is the longest prefix of it in the same document.
 */
export function cascadeUnits(cascade: ApiCascade): UnitOnProvision[] {
  const members = [cascade.root, ...cascade.nodes.map((n) => n.provision)];
  const result: UnitOnProvision[] = [];
  for (const carrier of cascade.units) {
    for (const p of carrier.provisions) {
      const owner = members
        .filter((m) => m.document.id === p.document.id && p.path.startsWith(m.path))
        .sort((a, b) => b.path.length - a.path.length)[0];
      const assignment = p.units.find((a) => a.unit.id === carrier.unit.id);
      if (!owner || !assignment) continue;
      result.push({ provisionId: owner.id, name: carrier.unit.name, role: fromApiRole(assignment.role) });
    }
  }
  return result;
}

const NODE_KIND_OF_LABEL: Record<ApiLabel, NodeKind | null> = {
  DOCUMENT: 'Document',
  PROVISION: 'Provision',
  UNIT: 'Unit',
  REGION: 'Region',
  CONCEPT: 'Concept',
  TARGET: null,
};

/** A subgraph from `neighborhood`; Target nodes are left out (targets show in the details panel). */
export function subgraphToGraph(
  subgraph: ApiSubgraph,
  regionNames: ReadonlyMap<string, string> = new Map(),
): GraphData {
  const nodes: GraphNode[] = [];
  for (const n of subgraph.nodes) {
    const kind = NODE_KIND_OF_LABEL[n.label];
    if (!kind) continue;
    const regionName =
      (n.regionCode ? regionNames.get(n.regionCode) : undefined) ?? n.document?.region?.name ?? null;
    nodes.push({
      id: n.id,
      kind,
      label: kind === 'Provision' && regionName ? `${regionName}\n${n.caption}` : n.caption,
      caption: n.caption,
      level: fromApiLevel(n.level),
      regionCode: n.regionCode,
      regionName,
      documentId: n.document?.id ?? null,
      documentTitle: n.document?.title ?? null,
      referencedOnly: n.referencedOnly,
      depth: null,
    });
  }
  const ids = new Set(nodes.map((n) => n.id));
  const edges: GraphEdge[] = [];
  for (const e of subgraph.edges) {
    const kind = edgeKind(e.type);
    if (!kind || !ids.has(e.source) || !ids.has(e.target)) continue;
    edges.push({
      id: kind === 'IMPLEMENTS' ? implementsEdgeId(e.source, e.target) : `${kind}:${e.source}->${e.target}`,
      kind,
      source: e.source,
      target: e.target,
      score: e.score,
      method: null,
      evidence: null,
      role: e.role ? fromApiRole(e.role) : null,
    });
  }
  return { nodes, edges };
}

function edgeKind(type: string): EdgeKind | null {
  return (EDGE_KINDS as readonly string[]).includes(type) ? (type as EdgeKind) : null;
}
