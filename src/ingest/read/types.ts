// What a reader hands to normalization: the decoded text and how it was decoded.
export type SourceFormat = 'txt' | 'html' | 'docx' | 'pdf';

export interface DecodedSource {
  format: SourceFormat;
  text: string;
  /** Character encoding of the bytes (utf-8, gb18030, big5, utf-16le) or the container's. */
  encoding: string;
}
