// Named Cypher queries. A query `name` resolves to cypher/<name>.cypher, unless the engine has its
// own dialect file cypher/<engine>/<name>.cypher. Files declare their parameters in a header
// (`// @param name: TYPE`), which the Neo4j lint test checks against the body.

export interface NamedQuery {
  readonly name: string;
}

export const namedQuery = (name: string): NamedQuery => ({ name });
