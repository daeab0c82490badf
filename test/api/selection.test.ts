// selectsPath: what a resolver learns of its own selection, through fragments too.
import {
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLResolveInfo,
  Kind,
  type OperationDefinitionNode,
  parse,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { selectsPath } from '../../src/api/selection.js';

function infoOf(query: string): GraphQLResolveInfo {
  const document = parse(query);
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  )!;
  const fragments = Object.fromEntries(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  return {
    fieldNodes: [operation.selectionSet.selections[0] as FieldNode],
    fragments,
  } as unknown as GraphQLResolveInfo;
}

const CELLS = ['requirements', 'documents'];

describe('selectsPath', () => {
  it('finds a nested field selected directly, through a fragment or an inline fragment', () => {
    expect(
      selectsPath(infoOf('{ coverage(document: "d") { requirements { documents { status } } } }'), CELLS),
    ).toBe(true);
    expect(
      selectsPath(
        infoOf(
          '{ coverage(document: "d") { ...F } } fragment F on Coverage { requirements { documents { status } } }',
        ),
        CELLS,
      ),
    ).toBe(true);
    expect(
      selectsPath(
        infoOf(
          '{ coverage(document: "d") { requirements { ... on RequirementCoverage { documents { status } } } } }',
        ),
        CELLS,
      ),
    ).toBe(true);
  });

  it('is false when only other fields are selected, even with the same name elsewhere', () => {
    expect(
      selectsPath(
        infoOf('{ coverage(document: "d") { requirements { gaps { title } } byLevel { documents } } }'),
        CELLS,
      ),
    ).toBe(false);
  });
});
