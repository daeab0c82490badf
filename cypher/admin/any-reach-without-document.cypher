// One cascade closure row written before REACHES rows carried their descendant's document, if
// there is any (start-up: fill them?).
MATCH (:Provision)-[r:REACHES]->(:Provision)
WHERE r.documentId IS NULL
RETURN r.depth AS depth
LIMIT 1
