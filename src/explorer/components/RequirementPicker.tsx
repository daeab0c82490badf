// Choosing the requirement a cascade starts from: a higher-level document (the highest-level one
// is preselected, so a newcomer sees the central opinion's requirements at once), then one of its
// items (e.g. (十四)) from a list of buttons: Tab reaches them, Enter opens the cascade.
import { useState } from 'react';
import { useQuery } from 'urql';
import { DOCUMENT_PROVISIONS_QUERY, DOCUMENTS_QUERY } from '../api/queries';
import type { DocumentProvisionsResult, DocumentsResult } from '../api/types';
import { fromApiLevel, provisionCaption } from '../logic/apiMapping';
import { levelLabel } from '../logic/labels';
import { LEVEL_RANK } from '../../domain';
import { ApiError, Empty, Loading } from './Status';

export function RequirementPicker({ onChoose }: { readonly onChoose: (provisionId: string) => void }) {
  const [documents, reexecute] = useQuery<DocumentsResult>({ query: DOCUMENTS_QUERY });
  const [chosenDocumentId, setDocumentId] = useState<string | null>(null);
  const ingested = [...(documents.data?.documents.nodes ?? [])]
    .filter((d) => !d.referencedOnly)
    .sort((a, b) => rankOf(a.level) - rankOf(b.level) || a.title.localeCompare(b.title, 'zh-Hans-CN'));
  const documentId = chosenDocumentId ?? ingested[0]?.id ?? '';
  const [provisions] = useQuery<DocumentProvisionsResult>({
    query: DOCUMENT_PROVISIONS_QUERY,
    variables: { id: documentId },
    pause: documentId === '',
  });

  if (documents.error)
    return <ApiError error={documents.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (documents.fetching && !documents.data) return <Loading what="文件列表" />;
  if (ingested.length === 0) return <Empty>图谱中还没有文件。请先导入文件(npm run seed)。</Empty>;
  const items = provisions.data?.document?.provisions.nodes ?? [];

  return (
    <section className="picker" data-testid="requirement-picker" aria-labelledby="picker-heading">
      <h2 id="picker-heading">选择一项上级要求,查看其逐级落实情况</h2>
      <p className="meta">
        点击下列条款(或用 Tab 选中后按回车)即可查看级联;也可以在左侧搜索条款后点击“查看级联”。
      </p>
      <label>
        文件:{' '}
        <select aria-label="选择文件" value={documentId} onChange={(e) => setDocumentId(e.target.value)}>
          {ingested.map((d) => (
            <option key={d.id} value={d.id}>
              [{levelLabel(fromApiLevel(d.level))}] {d.title}
            </option>
          ))}
        </select>
      </label>
      {documentId && provisions.fetching && <Loading what="条款" />}
      {provisions.error && <ApiError error={provisions.error} />}
      {documentId && items.length > 0 && (
        <ul className="requirement-list" aria-label="选择要求">
          {items.map((p) => (
            <li key={p.id} style={{ paddingLeft: `${Math.min(p.depth, 3)}em` }}>
              <button type="button" className="link" onClick={() => onChoose(p.id)}>
                {provisionCaption(p)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function rankOf(level: Parameters<typeof fromApiLevel>[0]): number {
  const domain = fromApiLevel(level);
  return domain ? LEVEL_RANK[domain] : 9;
}
