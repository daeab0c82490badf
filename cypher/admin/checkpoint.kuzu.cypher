// Flushes Kuzu's write-ahead log into the database file.
CHECKPOINT
