// Every cascade closure row, before the closure of a new set of links is written.
MATCH (:Provision)-[e:REACHES]->(:Provision)
DELETE e
