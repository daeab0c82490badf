// Kuzu dialect of read/provision-subtrees. Kuzu evaluates `a.id IN $ids` against the whole list for
// every provision (quadratic: 29 s for a national cascade's 23k nodes), and starts a variable-length
// walk after UNWIND from every provision. One branch per outline level keeps each branch a hash join
// on the id and fixed hops along adjacency lists: linear in the ids. An outline is at most
// five levels deep (one per provision kind; the document schema enforces it). Rows come per level,
// not in document order: the loader orders each subtree.
// @param ids: LIST<STRING>
UNWIND $ids AS rootId
MATCH (p:Provision {id: rootId})
RETURN rootId, p.id AS id, p.documentId AS documentId, p.path AS path, p.kind AS kind, p.position AS position, p.depth AS depth, p.title AS title, p.text AS text, p.original AS original, p.level AS level, p.regionCode AS regionCode
UNION ALL
UNWIND $ids AS rootId
MATCH (:Provision {id: rootId})-[:HAS_CHILD]->(p:Provision)
RETURN rootId, p.id AS id, p.documentId AS documentId, p.path AS path, p.kind AS kind, p.position AS position, p.depth AS depth, p.title AS title, p.text AS text, p.original AS original, p.level AS level, p.regionCode AS regionCode
UNION ALL
UNWIND $ids AS rootId
MATCH (:Provision {id: rootId})-[:HAS_CHILD]->(:Provision)-[:HAS_CHILD]->(p:Provision)
RETURN rootId, p.id AS id, p.documentId AS documentId, p.path AS path, p.kind AS kind, p.position AS position, p.depth AS depth, p.title AS title, p.text AS text, p.original AS original, p.level AS level, p.regionCode AS regionCode
UNION ALL
UNWIND $ids AS rootId
MATCH (:Provision {id: rootId})-[:HAS_CHILD]->(:Provision)-[:HAS_CHILD]->(:Provision)-[:HAS_CHILD]->(p:Provision)
RETURN rootId, p.id AS id, p.documentId AS documentId, p.path AS path, p.kind AS kind, p.position AS position, p.depth AS depth, p.title AS title, p.text AS text, p.original AS original, p.level AS level, p.regionCode AS regionCode
UNION ALL
UNWIND $ids AS rootId
MATCH (:Provision {id: rootId})-[:HAS_CHILD]->(:Provision)-[:HAS_CHILD]->(:Provision)-[:HAS_CHILD]->(:Provision)-[:HAS_CHILD]->(p:Provision)
RETURN rootId, p.id AS id, p.documentId AS documentId, p.path AS path, p.kind AS kind, p.position AS position, p.depth AS depth, p.title AS title, p.text AS text, p.original AS original, p.level AS level, p.regionCode AS regionCode
