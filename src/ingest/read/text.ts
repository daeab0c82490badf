// Decodes plain-text bytes: BOMs, strict UTF-8, then the legacy Chinese encodings (GB18030
// covers GBK and GB2312; Big5 for Traditional) as jschardet detects them. Binary data is refused.
import iconv from 'iconv-lite';
import jschardet from 'jschardet';
import { PolicyCascadeError } from '../../errors.js';

const SAMPLE_BYTES = 64 * 1024;

function bomEncoding(bytes: Uint8Array): { encoding: string; skip: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', skip: 2 };
  return null;
}

/** UTF-16 without a BOM: in CJK text every other byte is rarely zero, in ASCII it is always. */
function utf16WithoutBom(sample: Uint8Array): string | null {
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i + 1 < sample.length; i += 2) {
    if (sample[i] === 0) evenZero++;
    if (sample[i + 1] === 0) oddZero++;
  }
  const pairs = Math.floor(sample.length / 2);
  if (pairs >= 8 && oddZero > pairs * 0.3 && evenZero < pairs * 0.05) return 'utf-16le';
  if (pairs >= 8 && evenZero > pairs * 0.3 && oddZero < pairs * 0.05) return 'utf-16be';
  return null;
}

const LEGACY: Record<string, string> = {
  gb2312: 'gb18030',
  gbk: 'gb18030',
  gb18030: 'gb18030',
  'hz-gb-2312': 'gb18030',
  big5: 'big5',
  'utf-16-le': 'utf-16le',
  'utf-16le': 'utf-16le',
  'utf-16-be': 'utf-16be',
  'utf-16be': 'utf-16be',
};

const binary = (fileName: string, why: string) =>
  new PolicyCascadeError('PARSE_FAILED', `${fileName} looks like binary data, not text (${why}).`, {
    details: { fileName, reason: 'binary' },
  });

export function decodeText(bytes: Uint8Array, fileName: string): { text: string; encoding: string } {
  const bom = bomEncoding(bytes);
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  const encoding = bom?.encoding ?? utf16WithoutBom(sample);
  if (encoding)
    return checked(
      { text: iconv.decode(Buffer.from(bytes.subarray(bom?.skip ?? 0)), encoding), encoding },
      fileName,
    );
  if (sample.includes(0)) {
    // Zero bytes: UTF-16 (which jschardet recognizes) or binary.
    const utf16 = LEGACY[jschardet.detect(Buffer.from(sample)).encoding?.toLowerCase() ?? ''];
    if (utf16?.startsWith('utf-16'))
      return checked({ text: iconv.decode(Buffer.from(bytes), utf16), encoding: utf16 }, fileName);
    throw binary(fileName, 'NUL bytes');
  }

  try {
    return checked(
      { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' },
      fileName,
    );
  } catch (e) {
    if (e instanceof PolicyCascadeError) throw e;
  }
  const detected = jschardet.detect(Buffer.from(sample)).encoding?.toLowerCase() ?? '';
  const legacy = LEGACY[detected] ?? 'gb18030';
  return checked({ text: iconv.decode(Buffer.from(bytes), legacy), encoding: legacy }, fileName);
}

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000e-\u001f\ufffd]/g;

/** Control characters or undecodable sequences in more than 1% of the text mean it is not text. */
function checked(
  result: { text: string; encoding: string },
  fileName: string,
): { text: string; encoding: string } {
  const sample = result.text.slice(0, SAMPLE_BYTES);
  const bad = sample.match(CONTROL)?.length ?? 0;
  if (sample.length > 0 && bad / sample.length > 0.01)
    throw binary(fileName, `${bad} control or undecodable characters in ${sample.length}`);
  return result;
}
