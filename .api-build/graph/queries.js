// Named Cypher queries. A query named `read/cascade` resolves to cypher/read/cascade.cypher, unless
// the engine has its own dialect file beside it: cypher/read/cascade.kuzu.cypher or
// cypher/read/cascade.neo4j.cypher. Files declare their parameters in a header
// (`// @param name: TYPE`), which the Neo4j lint test checks against the body.
export const namedQuery = (name) => ({ name });
//# sourceMappingURL=queries.js.map