// Every provision's place in its outline, for computing carriers (src/graph/carriers.ts) from the
// store: the parent is the provision of the same document at `parentPath`.
MATCH (p:Provision)
RETURN p.id AS id, p.documentId AS documentId, p.path AS path, p.parentPath AS parentPath
