// Word (.docx) text via mammoth: one line per paragraph, as the author typed it.
import mammoth from 'mammoth';
import { PolicyCascadeError } from '../../errors.js';

export async function readDocx(bytes: Uint8Array, fileName: string): Promise<string> {
  try {
    const result = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    return result.value;
  } catch (cause) {
    throw new PolicyCascadeError('PARSE_FAILED', `${fileName} is not a readable .docx file.`, {
      cause,
      details: { fileName, reason: 'docx' },
    });
  }
}
