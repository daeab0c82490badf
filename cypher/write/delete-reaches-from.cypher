// The cascade closure rows of the given provisions, before they are recomputed.
// @param ids: LIST<STRING>
UNWIND $ids AS id
MATCH (:Provision {id: id})-[e:REACHES]->(:Provision)
DELETE e
