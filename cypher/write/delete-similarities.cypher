MATCH (:Provision)-[e:SIMILAR_TO]->(:Provision)
DELETE e
