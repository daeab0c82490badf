// Outline relations computed from paths: a provision's path is its ancestors' paths followed by
// its own ordinal, so sub-provisions share the path as a prefix within one document.
import type { ProvisionNode } from '../types/provision.type.js';

export const isWithin = (p: ProvisionNode, ancestor: ProvisionNode): boolean =>
  p.documentId === ancestor.documentId && p.localId !== ancestor.localId && p.path.startsWith(ancestor.path);

export const descendantsOf = (
  ancestor: ProvisionNode,
  documentProvisions: readonly ProvisionNode[],
): ProvisionNode[] => documentProvisions.filter((p) => isWithin(p, ancestor));

export const ancestorsOf = (
  p: ProvisionNode,
  documentProvisions: readonly ProvisionNode[],
): ProvisionNode[] => documentProvisions.filter((a) => isWithin(p, a)).sort((x, y) => x.depth - y.depth);
