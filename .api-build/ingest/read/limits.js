// Input limits, checked before any work is done on the bytes.
export const MAX_INPUT_BYTES = 50 * 1024 * 1024;
/** Below this many ideographs a text is not a Chinese policy document. */
export const MIN_CJK_CHARS = 20;
//# sourceMappingURL=limits.js.map