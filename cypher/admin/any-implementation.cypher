// One IMPLEMENTS edge, if there is any (start-up: is there a closure to build?).
MATCH (:Provision)-[e:IMPLEMENTS]->(:Provision)
RETURN e.score AS score
LIMIT 1
