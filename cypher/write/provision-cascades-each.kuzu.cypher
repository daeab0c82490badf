// Kuzu, per row: write/provision-cascades runs this once per row (a primary-key lookup; the
// UNWIND form scans every provision per row, see write/reaches-each.kuzu.cypher).
// @each-row IN rows
// @param id: STRING
// @param cascade: STRING
// @param servingDocuments: STRING
MATCH (p:Provision {id: $id})
SET p.cascade = $cascade, p.servingDocuments = $servingDocuments
