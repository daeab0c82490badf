// The carriers of a provision: the unit assignments on it and on its outline descendants (a task's
// units often sit on its items). Stored with each provision (Provision.carriers) because a cascade
// ranks the units carrying thousands of provisions, and joining those provisions' outlines to their
// assignments at query time cost Kuzu 1.5 s for a national central item. An outline never leaves
// its document, so a document write recomputes exactly its own provisions' carriers. Pure.
import { PolicyCascadeError } from '../errors.js';
import { UNIT_ROLES, type UnitRole } from '../domain.js';

/** A unit assigned to a provision (the carrier) in a role. */
export interface Carrier {
  provisionId: string;
  unitId: string;
  role: UnitRole;
}

/** A provision's place in its outline. */
export interface OutlineNode {
  id: string;
  parentId: string | null;
}

/** Each provision of one document with its parent: the provision of the document at `parentPath`. */
export function outlineOf(
  provisions: readonly { id: string; path: string; parentPath: string | null }[],
): OutlineNode[] {
  const byPath = new Map(provisions.map((p) => [p.path, p.id]));
  return provisions.map((p) => ({
    id: p.id,
    parentId: p.parentPath === null ? null : (byPath.get(p.parentPath) ?? null),
  }));
}

/**
 * Each provision's carriers: its own assignments and its descendants', each once, sorted (the
 * same list whether computed from a parsed document or from a store's rows). Provisions without
 * any get an empty list, so that "none" differs from "not computed".
 */
export function outlineCarriers(
  provisions: readonly OutlineNode[],
  assignments: readonly Carrier[],
): Map<string, Carrier[]> {
  const parentOf = new Map(provisions.map((p) => [p.id, p.parentId]));
  const found = new Map<string, Map<string, Carrier>>(provisions.map((p) => [p.id, new Map()]));
  for (const a of assignments) {
    const key = `${a.provisionId}\u0000${a.unitId}\u0000${a.role}`;
    // A malformed outline could loop; no outline is deeper than its provision count.
    let id: string | null | undefined = a.provisionId;
    for (let hops = 0; id && hops <= provisions.length; hops++) {
      found.get(id)?.set(key, a);
      id = parentOf.get(id);
    }
  }
  return new Map(
    [...found].map(([id, carriers]) => [
      id,
      [...carriers.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, c]) => c),
    ]),
  );
}

/** The stored form: JSON `[[provisionId, unitId, role], …]`. */
export const encodeCarriers = (carriers: readonly Carrier[]): string =>
  JSON.stringify(carriers.map((c) => [c.provisionId, c.unitId, c.role]));

const ROLES: ReadonlySet<string> = new Set(UNIT_ROLES);

export function decodeCarriers(provisionId: string, stored: unknown): Carrier[] {
  const entries = typeof stored === 'string' ? (JSON.parse(stored) as unknown) : undefined;
  if (
    !Array.isArray(entries) ||
    !entries.every(
      (e) =>
        Array.isArray(e) &&
        e.length === 3 &&
        typeof e[0] === 'string' &&
        typeof e[1] === 'string' &&
        ROLES.has(e[2] as string),
    )
  ) {
    throw new PolicyCascadeError('INTERNAL', `Provision ${provisionId} has no valid carriers list`, {
      details: { provisionId },
    });
  }
  return (entries as [string, string, UnitRole][]).map(([p, unitId, role]) => ({
    provisionId: p,
    unitId,
    role,
  }));
}
