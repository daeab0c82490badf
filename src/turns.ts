// Long synchronous passes on the server's thread (a national corpus' rows) give way to the event
// loop between slices, so requests keep being answered while they run.

/** Resolves on a later turn of the event loop, after pending I/O callbacks. */
export const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
