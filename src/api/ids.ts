// Global object IDs (Relay convention): base64 of `Type:localId`. Arguments also accept a bare
// local ID (e.g. a provision's `documentId:path`), so analysts can write readable literal queries.
import { PolicyCascadeError } from '../errors.js';

export const NODE_TYPES = ['Document', 'Provision', 'Unit', 'Region', 'Concept', 'Target'] as const;
export type NodeTypeName = (typeof NODE_TYPES)[number];

export const toGlobalId = (type: NodeTypeName, localId: string): string =>
  Buffer.from(`${type}:${localId}`, 'utf8').toString('base64');

export interface DecodedId {
  type: NodeTypeName | null;
  localId: string;
}

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/** Decodes a global ID; anything that is not one is taken as a local ID of unknown type. */
export function fromGlobalId(id: string): DecodedId {
  if (BASE64.test(id) && id.length % 4 === 0) {
    const decoded = Buffer.from(id, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    const type = decoded.slice(0, colon) as NodeTypeName;
    if (colon > 0 && NODE_TYPES.includes(type) && toGlobalId(type, decoded.slice(colon + 1)) === id) {
      return { type, localId: decoded.slice(colon + 1) };
    }
  }
  return { type: null, localId: id };
}

/** The local ID of an argument that must name a node of `type`. */
export function expectLocalId(id: string, type: NodeTypeName, argName: string): string {
  const decoded = fromGlobalId(id);
  if (decoded.type !== null && decoded.type !== type) {
    throw new PolicyCascadeError(
      'BAD_USER_INPUT',
      `${argName} must be a ${type} ID, got a ${decoded.type} ID`,
      {
        details: { argument: argName },
      },
    );
  }
  if (decoded.localId.trim() === '') {
    throw new PolicyCascadeError('BAD_USER_INPUT', `${argName} must not be empty`, {
      details: { argument: argName },
    });
  }
  return decoded.localId;
}
