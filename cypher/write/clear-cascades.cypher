// Marks every cascade summary stale (a relink replaces the whole closure).
MATCH (p:Provision)
SET p.cascade = NULL
