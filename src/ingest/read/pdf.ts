// PDF text via unpdf (PDF.js): the text layer page by page. Wrapped lines and page numbers are
// left for normalization, which knows how to restore paragraphs.
import { extractText, getDocumentProxy } from 'unpdf';
import { PolicyCascadeError } from '../../errors.js';

export async function readPdf(bytes: Uint8Array, fileName: string): Promise<string> {
  try {
    const pdf = await getDocumentProxy(new Uint8Array(bytes));
    const { text } = await extractText(pdf, { mergePages: false });
    await pdf.destroy();
    return text.join('\n');
  } catch (cause) {
    throw new PolicyCascadeError(
      'PARSE_FAILED',
      `${fileName} is not a readable PDF (${String((cause as Error)?.message ?? cause)}).`,
      {
        cause,
        details: { fileName, reason: 'pdf' },
      },
    );
  }
}
