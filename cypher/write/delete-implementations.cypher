MATCH (:Provision)-[e:IMPLEMENTS]->(:Provision)
DELETE e
