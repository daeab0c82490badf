// Neo4j uniqueness constraints (one per node key) and lookup indexes for the filters the API uses.
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT provision_id IF NOT EXISTS FOR (n:Provision) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT unit_id IF NOT EXISTS FOR (n:Unit) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT region_code IF NOT EXISTS FOR (n:Region) REQUIRE n.code IS UNIQUE;
CREATE CONSTRAINT concept_name IF NOT EXISTS FOR (n:Concept) REQUIRE n.name IS UNIQUE;
CREATE CONSTRAINT target_id IF NOT EXISTS FOR (n:Target) REQUIRE n.id IS UNIQUE;
CREATE INDEX provision_document IF NOT EXISTS FOR (n:Provision) ON (n.documentId);
CREATE INDEX provision_level_region IF NOT EXISTS FOR (n:Provision) ON (n.level, n.regionCode);
CREATE INDEX document_level IF NOT EXISTS FOR (n:Document) ON (n.level);
CREATE INDEX document_region IF NOT EXISTS FOR (n:Document) ON (n.regionCode);
CREATE INDEX unit_region IF NOT EXISTS FOR (n:Unit) ON (n.regionCode);
CREATE INDEX region_level IF NOT EXISTS FOR (n:Region) ON (n.level);
