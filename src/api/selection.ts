// Whether an operation selects a nested field, seen from a resolver: lets a resolver refuse or skip
// work the query asks for before doing any of it.
import { type GraphQLResolveInfo, Kind, type SelectionSetNode } from 'graphql';

/**
 * True when the field being resolved selects the field path `path` (e.g. `['requirements',
 * 'documents']`), through fragments and inline fragments too. Directives (`@skip`, `@include`) are
 * not evaluated: a conditionally selected field counts as selected.
 */
export function selectsPath(info: GraphQLResolveInfo, path: readonly string[]): boolean {
  const within = (set: SelectionSetNode | undefined, depth: number): boolean => {
    if (!set) return false;
    return set.selections.some((selection) => {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value !== path[depth]) return false;
        return depth === path.length - 1 || within(selection.selectionSet, depth + 1);
      }
      if (selection.kind === Kind.INLINE_FRAGMENT) return within(selection.selectionSet, depth);
      return within(info.fragments[selection.name.value]?.selectionSet, depth);
    });
  };
  return info.fieldNodes.some((node) => within(node.selectionSet, 0));
}
