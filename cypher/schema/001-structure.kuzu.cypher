// Kuzu node and relationship tables. Every statement is idempotent (IF NOT EXISTS), so the
// migration runs at every start. Property names avoid Kuzu keywords (no `order`: `position`).
CREATE NODE TABLE IF NOT EXISTS Document(id STRING PRIMARY KEY, title STRING, originalTitle STRING, titleKey STRING, issuer STRING, docNumber STRING, date STRING, level STRING, regionCode STRING, regionName STRING, script STRING, sourceFile STRING, sourceFormat STRING, sha256 STRING, url STRING, retrievedAt STRING, preamble STRING, forwardingNotice STRING, warnings STRING, provisionCount INT64, referencedOnly BOOLEAN);
CREATE NODE TABLE IF NOT EXISTS Provision(id STRING PRIMARY KEY, documentId STRING, path STRING, parentPath STRING, kind STRING, ordinal STRING, ordinalNumber INT64, position INT64, depth INT64, title STRING, text STRING, original STRING, level STRING, regionCode STRING, searchText STRING, carriers STRING, cascade STRING, servingDocuments STRING);
CREATE NODE TABLE IF NOT EXISTS Unit(id STRING PRIMARY KEY, name STRING, regionCode STRING, collective BOOLEAN);
CREATE NODE TABLE IF NOT EXISTS Region(code STRING PRIMARY KEY, name STRING, level STRING, parentCode STRING, aliases STRING[]);
CREATE NODE TABLE IF NOT EXISTS Concept(name STRING PRIMARY KEY, category STRING, source STRING, boilerplate BOOLEAN);
CREATE NODE TABLE IF NOT EXISTS Target(id STRING PRIMARY KEY, provisionId STRING, text STRING, metric STRING, value DOUBLE, unit STRING, comparator STRING, period STRING, deadline STRING, spanField STRING, spanStart INT64, spanEnd INT64);
CREATE REL TABLE IF NOT EXISTS HAS_PROVISION(FROM Document TO Provision, position INT64);
CREATE REL TABLE IF NOT EXISTS HAS_CHILD(FROM Provision TO Provision, position INT64);
CREATE REL TABLE IF NOT EXISTS ASSIGNED_TO(FROM Provision TO Unit, role STRING);
CREATE REL TABLE IF NOT EXISTS MENTIONS(FROM Provision TO Concept, spans STRING, source STRING);
CREATE REL TABLE IF NOT EXISTS SETS_TARGET(FROM Provision TO Target);
CREATE REL TABLE IF NOT EXISTS CITES(FROM Document TO Document, citedTitle STRING);
CREATE REL TABLE IF NOT EXISTS IMPLEMENTS_DOC(FROM Document TO Document, citedTitle STRING);
CREATE REL TABLE IF NOT EXISTS IMPLEMENTS(FROM Provision TO Provision, score DOUBLE, method STRING, evidence STRING);
CREATE REL TABLE IF NOT EXISTS REACHES(FROM Provision TO Provision, score DOUBLE, depth INT64, longest INT64, documentId STRING);
CREATE REL TABLE IF NOT EXISTS SIMILAR_TO(FROM Provision TO Provision, score DOUBLE);
CREATE REL TABLE IF NOT EXISTS FOR_REGION(FROM Document TO Region, FROM Unit TO Region);
CREATE REL TABLE IF NOT EXISTS PART_OF(FROM Region TO Region);
CREATE REL TABLE IF NOT EXISTS ISSUED_BY(FROM Document TO Unit);
// Columns added after the first release, for stores created before them (filled by the store's migrate).
ALTER TABLE Provision ADD IF NOT EXISTS carriers STRING;
ALTER TABLE Provision ADD IF NOT EXISTS cascade STRING;
ALTER TABLE Provision ADD IF NOT EXISTS servingDocuments STRING;
ALTER TABLE REACHES ADD IF NOT EXISTS documentId STRING;
