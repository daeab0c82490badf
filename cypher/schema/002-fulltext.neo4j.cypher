// Full-text index over provision title and text with Lucene's CJK analyzer (overlapping bigrams),
// so Chinese is searchable without a segmenter on the Neo4j side.
CREATE FULLTEXT INDEX provision_fulltext IF NOT EXISTS FOR (n:Provision) ON EACH [n.title, n.text] OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
CALL db.awaitIndexes(300);
