// Which reader a file needs: by its leading bytes first (a PDF named .txt is still a PDF), then by
// its extension. Legacy binary Office formats are refused rather than read as garbage.
import { PolicyCascadeError } from '../../errors.js';
import type { SourceFormat } from './types.js';

const startsWith = (bytes: Uint8Array, signature: readonly number[]): boolean =>
  signature.every((b, i) => bytes[i] === b);

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]; // .doc / .xls / .wps

const EXTENSIONS: Record<string, SourceFormat> = {
  txt: 'txt',
  text: 'txt',
  md: 'txt',
  html: 'html',
  htm: 'html',
  shtml: 'html',
  xhtml: 'html',
  docx: 'docx',
  pdf: 'pdf',
};

const extensionOf = (fileName: string): string =>
  /\.([A-Za-z0-9]{1,8})$/.exec(fileName)?.[1].toLowerCase() ?? '';

export function detectFormat(fileName: string, bytes: Uint8Array): SourceFormat {
  const ext = extensionOf(fileName);
  if (startsWith(bytes, PDF)) return 'pdf';
  if (startsWith(bytes, ZIP)) {
    if (ext === 'docx' || ext === '') return 'docx';
    throw new PolicyCascadeError('UNSUPPORTED_FORMAT', `${fileName} is a ZIP archive but not a .docx file.`, {
      details: { fileName },
    });
  }
  if (startsWith(bytes, OLE)) {
    throw new PolicyCascadeError(
      'UNSUPPORTED_FORMAT',
      `${fileName} is a legacy binary Office file (.doc/.wps); save it as .docx.`,
      {
        details: { fileName },
      },
    );
  }
  const byExtension = EXTENSIONS[ext];
  if (byExtension === 'pdf' || byExtension === 'docx') {
    throw new PolicyCascadeError(
      'PARSE_FAILED',
      `${fileName} does not contain ${byExtension.toUpperCase()} data.`,
      { details: { fileName } },
    );
  }
  if (byExtension) return byExtension;
  if (ext === '' || ext === 'json') return looksLikeHtml(bytes) ? 'html' : 'txt';
  throw new PolicyCascadeError(
    'UNSUPPORTED_FORMAT',
    `Unsupported file type .${ext} (${fileName}); expected .txt, .html, .docx or .pdf.`,
    {
      details: { fileName, extension: ext },
    },
  );
}

function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).toLowerCase();
  return /<!doctype html|<html[\s>]/.test(head);
}
