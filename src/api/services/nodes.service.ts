// node(id): any node by global ID, through the loader of its type.
import { PolicyCascadeError } from '../../errors.js';
import type { ApiContext } from '../context.js';
import { fromGlobalId } from '../ids.js';
import type { AnyNode } from './neighborhood.service.js';

export async function loadNode(ctx: ApiContext, id: string): Promise<AnyNode> {
  const { type, localId } = fromGlobalId(id);
  const { loaders } = ctx;
  switch (type) {
    case 'Document':
      return loaders.documentById.load(localId);
    case 'Provision':
      return loaders.provisionById.load(localId);
    case 'Unit':
      return loaders.unitById.load(localId);
    case 'Region':
      return loaders.regionByCode.load(localId);
    case 'Concept':
      return loaders.conceptByName.load(localId);
    case 'Target':
      return loaders.targetById.load(localId);
    case null:
      throw new PolicyCascadeError('BAD_USER_INPUT', `Not a global ID: ${id}`, {
        details: { argument: 'id' },
      });
    default: {
      const never: never = type;
      throw new Error(`Unknown node type ${String(never)}`);
    }
  }
}
