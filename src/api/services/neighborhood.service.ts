// neighborhood(id, depth, limit, labels): the subgraph around a node for the explorer, expanded
// hop by hop through the per-request loaders, so each hop costs a bounded number of batched reads.
import type { UnitRole } from '../../domain.js';
import { PolicyCascadeError } from '../../errors.js';
import type { ApiContext } from '../context.js';
import type { ConceptNode } from '../types/concept.type.js';
import type { DocumentNode } from '../types/document.type.js';
import type { GraphLabel } from '../types/enums.js';
import type { ProvisionNode } from '../types/provision.type.js';
import type { RegionNode } from '../types/region.type.js';
import type { GraphEdge, GraphNode, RelationType, Subgraph } from '../types/subgraph.type.js';
import type { TargetNode } from '../types/target.type.js';
import type { UnitNode } from '../types/unit.type.js';

export type AnyNode = DocumentNode | ProvisionNode | UnitNode | RegionNode | ConceptNode | TargetNode;

export const MAX_NEIGHBORHOOD_DEPTH = 3;
export const MAX_NEIGHBORHOOD_LIMIT = 500;

interface Step {
  node: AnyNode;
  type: RelationType;
  /** Whether the relationship points from the expanded node to the neighbour. */
  outgoing: boolean;
  score?: number;
  role?: UnitRole;
}

const ok = <T>(v: T | Error): v is T => !(v instanceof Error);

export function graphNodeOf(node: AnyNode, depth: number): GraphNode {
  const base = {
    id: node.id,
    label: node.nodeType as GraphLabel,
    localId: node.localId,
    depth,
    referencedOnly: false,
  };
  switch (node.nodeType) {
    case 'Document':
      return {
        ...base,
        caption: node.title,
        level: node.level,
        regionCode: node.regionCode,
        referencedOnly: node.referencedOnly,
      };
    case 'Provision':
      return {
        ...base,
        caption: `${node.path} ${node.title ?? node.text.slice(0, 30)}`.trim(),
        level: node.level,
        regionCode: node.regionCode,
        documentLocalId: node.documentId,
      };
    case 'Unit':
      return { ...base, caption: node.name, level: null, regionCode: node.regionCode };
    case 'Region':
      return { ...base, caption: node.name, level: node.level, regionCode: node.code };
    case 'Concept':
      return { ...base, caption: node.name, level: null, regionCode: null };
    case 'Target':
      return { ...base, caption: node.text, level: null, regionCode: null };
    default: {
      const never: never = node;
      throw new Error(`Unknown node ${String(never)}`);
    }
  }
}

async function documentSteps(ctx: ApiContext, d: DocumentNode): Promise<Step[]> {
  const { loaders } = ctx;
  const [provisions, out, inc, region] = await Promise.all([
    loaders.provisionsByDocument.load(d.localId),
    loaders.documentLinksBySource.load(d.localId),
    loaders.documentLinksByTarget.load(d.localId),
    d.regionCode ? loaders.regionByCode.load(d.regionCode).catch(() => null) : null,
  ]);
  const linked = await loaders.documentById.loadMany([
    ...out.map((l) => l.targetDocumentId),
    ...inc.map((l) => l.sourceDocumentId),
  ]);
  const links = [...out.map((l) => ({ l, outgoing: true })), ...inc.map((l) => ({ l, outgoing: false }))];
  return [
    ...provisions
      .filter((p) => p.depth === 0)
      .map((p): Step => ({ node: p, type: 'HAS_PROVISION', outgoing: true })),
    ...links.flatMap(({ l, outgoing }, i): Step[] => {
      const node = linked[i];
      return ok(node)
        ? [{ node, type: l.relation === 'implements' ? 'IMPLEMENTS_DOC' : 'CITES', outgoing }]
        : [];
    }),
    ...(region ? [{ node: region, type: 'FOR_REGION' as const, outgoing: true }] : []),
  ];
}

async function provisionSteps(ctx: ApiContext, p: ProvisionNode): Promise<Step[]> {
  const { loaders } = ctx;
  const [parents, children, assignments, concepts, targets, up, down, similar] = await Promise.all([
    loaders.parentByProvision.load(p.localId),
    loaders.childrenByProvision.load(p.localId),
    loaders.assignmentsByProvision.load(p.localId),
    loaders.conceptsByProvision.load(p.localId),
    loaders.targetsByProvision.load(p.localId),
    loaders.implementsBySource.load(p.localId),
    loaders.implementsByTarget.load(p.localId),
    loaders.similarByProvision.load(p.localId),
  ]);
  const otherOf = (s: { sourceId: string; targetId: string }) =>
    s.sourceId === p.localId ? s.targetId : s.sourceId;
  const [document, units, uppers, lowers, peers] = await Promise.all([
    parents.length === 0 ? loaders.documentById.load(p.documentId) : null,
    loaders.unitById.loadMany(assignments.map((a) => a.unitId)),
    loaders.provisionById.loadMany(up.map((e) => e.targetId)),
    loaders.provisionById.loadMany(down.map((e) => e.sourceId)),
    loaders.provisionById.loadMany(similar.map(otherOf)),
  ]);
  const steps: Step[] = [
    ...(document ? [{ node: document, type: 'HAS_PROVISION' as const, outgoing: false }] : []),
    ...parents.map((node): Step => ({ node, type: 'HAS_CHILD', outgoing: false })),
    ...children.map((node): Step => ({ node, type: 'HAS_CHILD', outgoing: true })),
    ...concepts.map((node): Step => ({ node, type: 'MENTIONS', outgoing: true })),
    ...targets.map((node): Step => ({ node, type: 'SETS_TARGET', outgoing: true })),
  ];
  assignments.forEach((a, i) => {
    const node = units[i];
    if (ok(node)) steps.push({ node, type: 'ASSIGNED_TO', outgoing: true, role: a.role });
  });
  up.forEach((e, i) => {
    const node = uppers[i];
    if (ok(node)) steps.push({ node, type: 'IMPLEMENTS', outgoing: true, score: e.score });
  });
  down.forEach((e, i) => {
    const node = lowers[i];
    if (ok(node)) steps.push({ node, type: 'IMPLEMENTS', outgoing: false, score: e.score });
  });
  similar.forEach((e, i) => {
    const node = peers[i];
    if (ok(node))
      steps.push({ node, type: 'SIMILAR_TO', outgoing: e.sourceId === p.localId, score: e.score });
  });
  return steps;
}

async function unitSteps(ctx: ApiContext, u: UnitNode): Promise<Step[]> {
  const assignments = await ctx.loaders.assignmentsByUnit.load(u.localId);
  const [provisions, region] = await Promise.all([
    ctx.loaders.provisionById.loadMany(assignments.map((a) => a.provisionId)),
    u.regionCode ? ctx.loaders.regionByCode.load(u.regionCode).catch(() => null) : null,
  ]);
  const steps: Step[] = assignments.flatMap((a, i): Step[] => {
    const node = provisions[i];
    return ok(node) ? [{ node, type: 'ASSIGNED_TO', outgoing: false, role: a.role }] : [];
  });
  return region ? [...steps, { node: region, type: 'FOR_REGION', outgoing: true }] : steps;
}

async function regionSteps(ctx: ApiContext, r: RegionNode): Promise<Step[]> {
  const [parent, children, documents] = await Promise.all([
    r.parentCode ? ctx.loaders.regionByCode.load(r.parentCode).catch(() => null) : null,
    ctx.loaders.regionChildren.load(r.code),
    ctx.loaders.documentsByRegion.load(r.code),
  ]);
  return [
    ...(parent ? [{ node: parent, type: 'PART_OF' as const, outgoing: true }] : []),
    ...children.map((node): Step => ({ node, type: 'PART_OF', outgoing: false })),
    ...documents.map((node): Step => ({ node, type: 'FOR_REGION', outgoing: false })),
  ];
}

async function stepsFrom(ctx: ApiContext, node: AnyNode): Promise<Step[]> {
  switch (node.nodeType) {
    case 'Document':
      return documentSteps(ctx, node);
    case 'Provision':
      return provisionSteps(ctx, node);
    case 'Unit':
      return unitSteps(ctx, node);
    case 'Region':
      return regionSteps(ctx, node);
    case 'Concept':
      return (await ctx.loaders.provisionsByConcept.load(node.name)).map((p) => ({
        node: p,
        type: 'MENTIONS',
        outgoing: false,
      }));
    case 'Target': {
      const p = await ctx.loaders.provisionById.load(node.provisionId);
      return [{ node: p, type: 'SETS_TARGET', outgoing: false }];
    }
    default: {
      const never: never = node;
      throw new Error(`Unknown node ${String(never)}`);
    }
  }
}

export interface NeighborhoodOptions {
  depth: number;
  limit: number;
  labels: readonly GraphLabel[];
}

export async function neighborhood(
  ctx: ApiContext,
  centre: AnyNode,
  options: NeighborhoodOptions,
): Promise<Subgraph> {
  if (!Number.isInteger(options.depth) || options.depth < 1 || options.depth > MAX_NEIGHBORHOOD_DEPTH) {
    throw new PolicyCascadeError('BAD_USER_INPUT', `depth must be between 1 and ${MAX_NEIGHBORHOOD_DEPTH}`);
  }
  if (!Number.isInteger(options.limit) || options.limit < 1 || options.limit > MAX_NEIGHBORHOOD_LIMIT) {
    throw new PolicyCascadeError('BAD_USER_INPUT', `limit must be between 1 and ${MAX_NEIGHBORHOOD_LIMIT}`);
  }
  const allowed = (n: AnyNode) => options.labels.length === 0 || options.labels.includes(n.nodeType);
  const nodes = new Map<string, GraphNode>([[centre.id, graphNodeOf(centre, 0)]]);
  const edges = new Map<string, GraphEdge>();
  let truncated = false;
  let frontier: AnyNode[] = [centre];
  for (let depth = 1; depth <= options.depth && frontier.length > 0; depth++) {
    const expansions = await Promise.all(frontier.map((n) => stepsFrom(ctx, n)));
    const next: AnyNode[] = [];
    expansions.forEach((steps, i) => {
      const from = frontier[i];
      for (const step of steps) {
        if (!allowed(step.node)) continue;
        if (!nodes.has(step.node.id)) {
          if (nodes.size >= options.limit) {
            truncated = true;
            continue;
          }
          nodes.set(step.node.id, graphNodeOf(step.node, depth));
          next.push(step.node);
        }
        const [source, target] = step.outgoing ? [from.id, step.node.id] : [step.node.id, from.id];
        const id = `${step.type}:${source}>${target}`;
        edges.set(id, {
          id,
          type: step.type,
          source,
          target,
          score: step.score ?? null,
          role: step.role ?? null,
        });
      }
    });
    frontier = next;
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()], truncated };
}
