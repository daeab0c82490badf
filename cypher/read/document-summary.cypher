// Document counts by level and kind (ingested or referenced-only), for stats.
MATCH (d:Document)
RETURN d.level AS level, d.referencedOnly AS referencedOnly, count(*) AS count
