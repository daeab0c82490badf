// The Node interface: every entity of the graph has a global ID and can be fetched by `node(id:)`.
import 'reflect-metadata';
import { Field, ID, InterfaceType } from 'type-graphql';
import type { NodeTypeName } from '../ids.js';

@InterfaceType('Node', {
  description: 'An object with a global ID (base64 of `Type:localId`).',
  resolveType: (value: { nodeType: NodeTypeName }) => value.nodeType,
})
export abstract class Node {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: "The ID in the graph store, e.g. a provision's `documentId:path`." })
  localId!: string;

  nodeType!: NodeTypeName;
}
