// Choosing the requirement a cascade starts from: a higher-level document, then one of its
// items (e.g. the central opinion's item (十四)).
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
  const [documentId, setDocumentId] = useState('');
  const [provisionId, setProvisionId] = useState('');
  const [provisions] = useQuery<DocumentProvisionsResult>({
    query: DOCUMENT_PROVISIONS_QUERY,
    variables: { id: documentId },
    pause: documentId === '',
  });

  if (documents.error)
    return <ApiError error={documents.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (documents.fetching && !documents.data) return <Loading what="文件列表" />;
  const ingested = [...(documents.data?.documents.nodes ?? [])]
    .filter((d) => !d.referencedOnly)
    .sort((a, b) => rankOf(a.level) - rankOf(b.level) || a.title.localeCompare(b.title, 'zh-Hans-CN'));
  if (ingested.length === 0) return <Empty>图谱中还没有文件。请先导入文件(npm run seed)。</Empty>;
  const items = provisions.data?.document?.provisions.nodes ?? [];

  return (
    <form
      className="picker"
      data-testid="requirement-picker"
      onSubmit={(e) => {
        e.preventDefault();
        if (provisionId) onChoose(provisionId);
      }}
    >
      <h2>选择一项上级要求,查看其逐级落实情况</h2>
      <p className="meta">也可以在左侧搜索条款后点击“查看级联”。</p>
      <label>
        文件:{' '}
        <select
          aria-label="选择文件"
          value={documentId}
          onChange={(e) => {
            setDocumentId(e.target.value);
            setProvisionId('');
          }}
        >
          <option value="">请选择文件</option>
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
        <p>
          <label>
            要求:{' '}
            <select
              aria-label="选择要求"
              value={provisionId}
              onChange={(e) => setProvisionId(e.target.value)}
            >
              <option value="">请选择条款</option>
              {items.map((p) => (
                <option key={p.id} value={p.id}>
                  {'\u3000'.repeat(Math.min(p.depth, 3))}
                  {provisionCaption(p)}
                </option>
              ))}
            </select>
          </label>{' '}
          <button type="submit" className="primary" disabled={!provisionId}>
            查看级联
          </button>
        </p>
      )}
    </form>
  );
}

function rankOf(level: Parameters<typeof fromApiLevel>[0]): number {
  const domain = fromApiLevel(level);
  return domain ? LEVEL_RANK[domain] : 9;
}
