// One cascade closure row, if there is any (start-up: does the store predate REACHES?).
MATCH (:Provision)-[r:REACHES]->(:Provision)
RETURN r.depth AS depth
LIMIT 1
