// Marks every cascade summary and serving documents stale (a relink replaces the whole closure).
MATCH (p:Provision)
SET p.cascade = NULL, p.servingDocuments = NULL
