// Names of Kuzu's indexes (the FTS index is created by migration only when absent).
CALL SHOW_INDEXES()
RETURN index_name
