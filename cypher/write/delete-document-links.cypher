MATCH (:Document)-[e:CITES|IMPLEMENTS_DOC]->(:Document)
DELETE e
