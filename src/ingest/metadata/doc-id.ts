// Document IDs stable across re-ingests of a revised text: the printed 文号 when there is one
// (it names the document for its whole life), else the region and the normalized title.
import { createHash } from 'node:crypto';
import { DRAFT_SUFFIX } from './patterns.js';

/** Title key for identity: no spaces or quotes, draft-stage suffixes dropped. */
export const titleIdentityKey = (title: string): string =>
  title
    .replace(/\s/g, '')
    .replace(/[“”"'‘’]/g, '')
    .replace(/[—–-]+/g, '—')
    .replace(DRAFT_SUFFIX, '');

export function documentId(input: {
  docNumber: string | null;
  regionCode: string | null;
  title: string;
}): string {
  if (input.docNumber) {
    const slug = input.docNumber
      .replace(/[〔〕]/g, '-')
      .replace(/号$/, '')
      .replace(/-+$/, '');
    return `doc-${slug}`;
  }
  const hash = createHash('sha256').update(titleIdentityKey(input.title)).digest('hex').slice(0, 10);
  return `doc-${input.regionCode ?? 'xx'}-${hash}`;
}
