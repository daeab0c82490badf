// Reading: bytes of any supported format → decoded text. I/O-free (the bytes are given); the
// file system is touched only by parseDocumentFile.
import { createHash } from 'node:crypto';
import { PolicyCascadeError } from '../../errors.js';
import { readDocx } from './docx.js';
import { detectFormat } from './format.js';
import { readHtml } from './html.js';
import { MAX_INPUT_BYTES } from './limits.js';
import { readPdf } from './pdf.js';
import { decodeText } from './text.js';
import type { DecodedSource } from './types.js';

export type { DecodedSource, SourceFormat } from './types.js';
export { MAX_INPUT_BYTES, MIN_CJK_CHARS } from './limits.js';

export const sha256Hex = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

export function assertSize(size: number, fileName: string): void {
  if (size > MAX_INPUT_BYTES) {
    throw new PolicyCascadeError(
      'INPUT_TOO_LARGE',
      `${fileName} is ${size} bytes; the limit is ${MAX_INPUT_BYTES} bytes (50 MB).`,
      {
        details: { fileName, size, limit: MAX_INPUT_BYTES },
      },
    );
  }
}

export async function readSource(bytes: Uint8Array, fileName: string): Promise<DecodedSource> {
  assertSize(bytes.byteLength, fileName);
  if (bytes.byteLength === 0) {
    throw new PolicyCascadeError('PARSE_FAILED', `${fileName} is empty.`, {
      details: { fileName, reason: 'empty' },
    });
  }
  const format = detectFormat(fileName, bytes);
  switch (format) {
    case 'txt': {
      const { text, encoding } = decodeText(bytes, fileName);
      return { format, text, encoding };
    }
    case 'html': {
      const { text, encoding } = decodeText(bytes, fileName);
      return { format, text: readHtml(text), encoding };
    }
    case 'docx':
      return { format, text: await readDocx(bytes, fileName), encoding: 'utf-8' };
    case 'pdf':
      return { format, text: await readPdf(bytes, fileName), encoding: 'pdf' };
    default: {
      const unreachable: never = format;
      throw new PolicyCascadeError('UNSUPPORTED_FORMAT', `Unsupported format ${String(unreachable)}`);
    }
  }
}
