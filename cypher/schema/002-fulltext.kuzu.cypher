// Kuzu's FTS extension (statically linked in kuzu 0.11.3, so no download) over the jieba-segmented
// `searchText`: Kuzu's tokenizer splits on whitespace and would not segment Chinese itself.
// Not idempotent by itself: the Kuzu adapter runs it only when SHOW_INDEXES lacks the index.
CALL CREATE_FTS_INDEX('Provision', 'provision_fulltext', ['searchText'], stemmer := 'none');
