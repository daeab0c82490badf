// Details of the selected node: for a provision, the text as printed and in Simplified with
// evidence highlighted, its place (path, document), units with roles, concepts, targets, and
// links to its parent, document, the requirements it implements and the provisions implementing it.
import { useQuery } from 'urql';
import { NODE_DETAILS_QUERY } from '../api/queries';
import type {
  ApiDocumentDetails,
  ApiProvisionDetails,
  ApiProvisionSummary,
  NodeDetailsResult,
} from '../api/types';
import { fromApiKind, fromApiLevel, fromApiMethod, fromApiRole, provisionCaption } from '../logic/apiMapping';
import { provisionHighlights } from '../logic/evidence';
import { KIND_LABEL, levelLabel, methodLabel, NODE_KIND_LABEL, ROLE_LABEL } from '../logic/labels';
import { HighlightedText } from './HighlightedText';
import { LevelBadge } from './LevelBadge';
import { ApiError, Empty, Loading } from './Status';

interface Props {
  readonly nodeId: string | null;
  readonly onSelect: (id: string) => void;
  readonly onCascade: (id: string) => void;
  readonly onExplore: (id: string) => void;
  readonly onUnit: (id: string) => void;
}

export function DetailsPanel({ nodeId, onSelect, onCascade, onExplore, onUnit }: Props) {
  const [result, reexecute] = useQuery<NodeDetailsResult>({
    query: NODE_DETAILS_QUERY,
    variables: { id: nodeId ?? '' },
    pause: !nodeId,
  });
  if (!nodeId) return <Empty>单击图中的节点或表格中的条款,在此查看详情。</Empty>;
  if (result.error) {
    return (
      <div data-testid="details-error">
        <ApiError
          error={result.error}
          subject={`编号为“${nodeId}”的节点`}
          onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        />
      </div>
    );
  }
  if (result.fetching || !result.data) return <Loading what="详情" />;
  const node = result.data.node;
  if (!node) {
    return (
      <div className="status status-error" role="alert" data-testid="details-not-found">
        找不到编号为“{nodeId}”的节点。链接可能已过期,或该文件已被删除。
      </div>
    );
  }
  const common = { onSelect, onCascade, onExplore, onUnit };
  return (
    <div data-testid="details-panel">
      {node.__typename === 'Provision' && <ProvisionDetails p={node} {...common} />}
      {node.__typename === 'Document' && <DocumentDetails d={node} {...common} />}
      {node.__typename === 'Unit' && (
        <>
          <h2>{node.name}</h2>
          <p className="meta">
            {NODE_KIND_LABEL.Unit}
            {node.collective ? '(泛指一类单位)' : ''}
          </p>
          <button type="button" onClick={() => onUnit(node.id)}>
            查看该单位的任务
          </button>{' '}
          <button type="button" onClick={() => onExplore(node.id)}>
            在图中展开
          </button>
        </>
      )}
      {node.__typename === 'Concept' && (
        <>
          <h2>{node.name}</h2>
          <p className="meta">概念 · {node.category}</p>
          <button type="button" onClick={() => onExplore(node.id)}>
            在图中展开
          </button>
        </>
      )}
      {node.__typename === 'Region' && (
        <>
          <h2>{node.name}</h2>
          <p className="meta">
            地区 · {levelLabel(fromApiLevel(node.regionLevel))} · 代码 {node.code}
          </p>
        </>
      )}
      {node.__typename === 'Target' && <p>量化目标</p>}
    </div>
  );
}

type Nav = Omit<Props, 'nodeId'>;

function ProvisionLink({
  p,
  onSelect,
}: {
  readonly p: ApiProvisionSummary;
  readonly onSelect: (id: string) => void;
}) {
  return (
    <button type="button" className="link" onClick={() => onSelect(p.id)}>
      <LevelBadge level={fromApiLevel(p.level)} />
      {p.document.region?.name ? `${p.document.region.name} ` : ''}
      {provisionCaption(p)}
    </button>
  );
}

function ProvisionDetails({ p, onSelect, onCascade, onExplore }: { readonly p: ApiProvisionDetails } & Nav) {
  const level = fromApiLevel(p.level);
  const units = [...p.units].sort((a, b) => a.role.localeCompare(b.role));
  return (
    <article aria-labelledby="details-title">
      <h2 id="details-title">
        <LevelBadge level={level} />
        {p.title ? <HighlightedText text={p.title} spans={provisionHighlights(p, 'TITLE')} /> : p.path}
      </h2>
      <dl>
        <dt>位置</dt>
        <dd>{p.path}</dd>
        <dt>类型</dt>
        <dd>{KIND_LABEL[fromApiKind(p.kind)]}</dd>
        <dt>文件</dt>
        <dd>
          <button type="button" className="link" onClick={() => onSelect(p.document.id)}>
            {p.document.title}
          </button>
          {p.document.docNumber ? `(${p.document.docNumber})` : ''}
        </dd>
        <dt>地区</dt>
        <dd>{p.document.region?.name ?? '—'}</dd>
        {p.parent && (
          <>
            <dt>上级条目</dt>
            <dd>
              <button type="button" className="link" onClick={() => onSelect(p.parent!.id)}>
                {provisionCaption(p.parent)}
              </button>
            </dd>
          </>
        )}
      </dl>
      <p>
        <button type="button" onClick={() => onCascade(p.id)}>
          查看落实级联
        </button>{' '}
        <button type="button" onClick={() => onExplore(p.id)}>
          在图中展开邻域
        </button>
      </p>
      <h3>简体文本(高亮为落实证据与量化目标)</h3>
      <div className="text-block" data-testid="details-text">
        <HighlightedText text={p.text} spans={provisionHighlights(p, 'TEXT')} />
      </div>
      <h3>原文(照录)</h3>
      <div className="text-block" data-testid="details-original">
        {p.original}
      </div>
      <h3>责任单位</h3>
      {units.length === 0 ? (
        <p className="meta">未列明责任单位。</p>
      ) : (
        <ul data-testid="details-units">
          {units.map((u) => (
            <li key={`${u.unit.id}-${u.role}`}>
              <span className={`role role-${fromApiRole(u.role)}`}>{ROLE_LABEL[fromApiRole(u.role)]}</span>
              <button type="button" className="link" onClick={() => onSelect(u.unit.id)}>
                {u.unit.name}
              </button>
            </li>
          ))}
        </ul>
      )}
      {p.concepts.length > 0 && (
        <>
          <h3>概念</h3>
          <p>{p.concepts.map((c) => c.name).join('、')}</p>
        </>
      )}
      {p.targets.length > 0 && (
        <>
          <h3>量化目标</h3>
          <ul>
            {p.targets.map((t, i) => (
              <li key={i}>
                {t.text}
                {t.deadline ? `(期限 ${t.deadline})` : ''}
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>落实的上级要求({p.implements.length})</h3>
      {p.implements.length === 0 ? (
        <p className="meta">未发现其落实的上级条款。</p>
      ) : (
        <ul>
          {p.implements.map((i) => (
            <li key={i.target.id} title={i.evidence.summary}>
              <ProvisionLink p={i.target} onSelect={onSelect} /> · 得分 {i.score.toFixed(2)} ·{' '}
              {methodLabel(fromApiMethod(i.method))}
              <div className="meta">{i.evidence.summary}</div>
            </li>
          ))}
        </ul>
      )}
      <h3>落实本条的下级条款({p.implementedBy.totalCount})</h3>
      {p.implementedBy.totalCount === 0 ? (
        <p className="meta">暂未发现下级落实条款。</p>
      ) : (
        <ul data-testid="details-implemented-by">
          {p.implementedBy.nodes.map((i) => (
            <li key={i.source.id} title={i.evidence.summary}>
              <ProvisionLink p={i.source} onSelect={onSelect} /> · 得分 {i.score.toFixed(2)}
              <div className="meta">{i.evidence.summary}</div>
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}

function DocumentDetails({ d, onSelect, onExplore }: { readonly d: ApiDocumentDetails } & Nav) {
  return (
    <article aria-labelledby="details-title">
      <h2 id="details-title">
        <LevelBadge level={fromApiLevel(d.documentLevel)} />
        {d.documentTitle}
      </h2>
      {d.referencedOnly && <p className="status-empty">该文件仅被其他文件引用,未导入全文。</p>}
      <dl>
        <dt>发文机关</dt>
        <dd>{d.issuer ?? '—'}</dd>
        <dt>文号</dt>
        <dd>{d.docNumber ?? '—'}</dd>
        <dt>日期</dt>
        <dd>{d.date ?? '—'}</dd>
        <dt>地区</dt>
        <dd>{d.region?.name ?? '—'}</dd>
        <dt>来源文件</dt>
        <dd>{d.sourceFile ?? '—'}</dd>
      </dl>
      <button type="button" onClick={() => onExplore(d.id)}>
        在图中展开
      </button>
      {d.implementsDocuments.length > 0 && (
        <>
          <h3>贯彻落实的文件</h3>
          <ul>
            {d.implementsDocuments.map((t) => (
              <li key={t.id}>
                <button type="button" className="link" onClick={() => onSelect(t.id)}>
                  {t.title}
                </button>
                {t.referencedOnly ? '(仅被引用)' : ''}
              </li>
            ))}
          </ul>
        </>
      )}
      {d.provisions.totalCount > 0 && (
        <>
          <h3>结构({d.provisions.totalCount} 个顶层部分)</h3>
          <ul>
            {d.provisions.nodes.map((p) => (
              <li key={p.id}>
                <button type="button" className="link" onClick={() => onSelect(p.id)}>
                  {provisionCaption(p)}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </article>
  );
}
