// Builds the GraphQL schema from the type-graphql resolvers. The printed form is committed as
// graphql/schema.graphql (npm run emit-schema) and a test fails when it goes stale.
import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema, emitSchemaDefinitionFile } from 'type-graphql';
import { AnalysisResolver } from './resolvers/analysis.resolver.js';
import { CascadeResolver } from './resolvers/cascade.resolver.js';
import { ConceptResolver } from './resolvers/concept.resolver.js';
import { DocumentResolver } from './resolvers/document.resolver.js';
import { IngestResolver } from './resolvers/ingest.resolver.js';
import { GraphNodeResolver } from './resolvers/subgraph.resolver.js';
import {
  ImplementationResolver,
  ProvisionResolver,
  SimilarityResolver,
} from './resolvers/provision.resolver.js';
import { RegionResolver } from './resolvers/region.resolver.js';
import { TargetResolver } from './resolvers/target.resolver.js';
import { UnitAssignmentResolver, UnitResolver } from './resolvers/unit.resolver.js';
import { ConceptNode } from './types/concept.type.js';
import { DocumentNode } from './types/document.type.js';
import { ProvisionNode } from './types/provision.type.js';
import { RegionNode } from './types/region.type.js';
import { TargetNode } from './types/target.type.js';
import { UnitNode } from './types/unit.type.js';

export const SCHEMA_FILE = 'graphql/schema.graphql';

export function buildApiSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [
      AnalysisResolver,
      CascadeResolver,
      DocumentResolver,
      ProvisionResolver,
      ImplementationResolver,
      SimilarityResolver,
      UnitResolver,
      UnitAssignmentResolver,
      RegionResolver,
      ConceptResolver,
      TargetResolver,
      IngestResolver,
      GraphNodeResolver,
    ],
    orphanedTypes: [DocumentNode, ProvisionNode, UnitNode, RegionNode, ConceptNode, TargetNode],
    validate: false,
  });
}

/**
 * Writes the schema as committed: sorted, so the file changes only when the schema does. Printed
 * by type-graphql itself, so the schema and the printer share one copy of graphql-js.
 */
export async function emitApiSchema(file: string = SCHEMA_FILE): Promise<void> {
  await emitSchemaDefinitionFile(file, await buildApiSchema(), { sortedSchema: true });
}
