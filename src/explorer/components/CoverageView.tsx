// Coverage matrix: a higher-level document's requirements × the lower-level documents compared
// with it. Each cell says implemented / weakly implemented / no evidence and opens the
// provisions behind it. Above MATRIX_DOCUMENT_LIMIT compared documents (a national corpus) the
// view first shows the overall figures and asks for a province or city; the matrix is then read
// against that region's documents only.
import { useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { LEVEL_RANK } from '../../domain';
import { COVERAGE_QUERY, COVERAGE_SCOPE_QUERY, DOCUMENTS_QUERY } from '../api/queries';
import type { CoverageResult, CoverageScopeResult, DocumentsResult } from '../api/types';
import { fromApiLevel, provisionCaption } from '../logic/apiMapping';
import {
  buildCoverageMatrix,
  COVERAGE_LABEL,
  coverageTable,
  fromApiCoverageStatus,
  type CoverageCell,
} from '../logic/coverage';
import { coverageScopes, fitsMatrix, MATRIX_DOCUMENT_LIMIT } from '../logic/coverageScope';
import { buildCsv } from '../logic/csv';
import { levelLabel } from '../logic/labels';
import { downloadText } from './download';
import { LevelBadge } from './LevelBadge';
import { ApiError, Empty, Loading } from './Status';

interface Props {
  readonly documentId: string | null;
  /** The province or city the matrix is kept to, when the compared documents exceed its limit. */
  readonly regionCode: string | null;
  readonly onDocument: (id: string | null) => void;
  readonly onRegion: (code: string | null) => void;
  readonly onSelect: (id: string) => void;
}

export function CoverageView({ documentId, regionCode, onDocument, onRegion, onSelect }: Props) {
  const [documents] = useQuery<DocumentsResult>({ query: DOCUMENTS_QUERY });
  const [scopeResult, reexecuteScope] = useQuery<CoverageScopeResult>({
    query: COVERAGE_SCOPE_QUERY,
    variables: { document: documentId ?? '' },
    pause: !documentId,
  });
  const overview = scopeResult.data?.coverage;
  const needsScope = overview !== undefined && !fitsMatrix(overview.against.length);
  const scopes = useMemo(
    () => (overview && needsScope ? coverageScopes(overview.against) : []),
    [overview, needsScope],
  );
  const scope = scopes.find((s) => s.code === regionCode) ?? null;
  // null: every compared document; undefined: no matrix to read until a small enough region is chosen.
  const against = !needsScope
    ? null
    : scope && fitsMatrix(scope.documentIds.length)
      ? scope.documentIds
      : undefined;
  const [result, reexecute] = useQuery<CoverageResult>({
    query: COVERAGE_QUERY,
    variables: { document: documentId ?? '', against: against ?? null },
    pause: !documentId || !overview || against === undefined,
  });
  const [active, setActive] = useState<CoverageCell | null>(null);

  // A paused query keeps its last answer: none is shown while no region is chosen.
  const coverage = against === undefined ? undefined : result.data?.coverage;
  const matrix = useMemo(() => {
    if (!coverage) return null;
    return buildCoverageMatrix(
      coverage.requirements.map((r) => ({
        id: r.requirement.id,
        label: provisionCaption(r.requirement),
        cells: r.documents.map((c) => ({
          documentId: c.document.id,
          status: fromApiCoverageStatus(c.status),
          bestScore: c.bestScore,
          provisions: c.provisions.map((p) => ({ id: p.id, label: provisionCaption(p) })),
        })),
      })),
      coverage.against.map((d) => ({
        id: d.id,
        title: d.title,
        level: fromApiLevel(d.level),
        regionName: d.region?.name ?? null,
      })),
    );
  }, [coverage]);

  const candidates = [...(documents.data?.documents.nodes ?? [])]
    .filter((d) => !d.referencedOnly && fromApiLevel(d.level) !== 'township')
    .sort((a, b) => rankOf(a.level) - rankOf(b.level) || a.title.localeCompare(b.title, 'zh-Hans-CN'));

  const exportCsv = () => {
    if (!matrix) return;
    const table = coverageTable(matrix);
    downloadText(buildCsv(table.headers, table.rows), '覆盖矩阵.csv');
  };

  return (
    <div className="view-pad" data-testid="coverage-view">
      <h2>覆盖矩阵:上级文件的各项要求在下级文件中的落实情况</h2>
      <p>
        <label>
          上级文件:{' '}
          <select
            aria-label="选择上级文件"
            value={documentId ?? ''}
            onChange={(e) => {
              setActive(null);
              onDocument(e.target.value || null);
            }}
          >
            <option value="">请选择文件</option>
            {candidates.map((d) => (
              <option key={d.id} value={d.id}>
                [{levelLabel(fromApiLevel(d.level))}] {d.title}
              </option>
            ))}
          </select>
        </label>{' '}
        <button type="button" onClick={exportCsv} disabled={!matrix || matrix.rows.length === 0}>
          导出 CSV
        </button>
      </p>
      {documents.error && <ApiError error={documents.error} />}
      {!documentId && !documents.error && (
        <Empty>请选择一个上级文件,查看其要求在下级文件中的落实情况。</Empty>
      )}
      {documentId && ((scopeResult.fetching && !overview) || (result.fetching && !result.data)) && (
        <Loading what="覆盖矩阵" />
      )}
      {scopeResult.error && (
        <ApiError
          error={scopeResult.error}
          onRetry={() => reexecuteScope({ requestPolicy: 'network-only' })}
        />
      )}
      {result.error && (
        <ApiError error={result.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      )}
      {overview && needsScope && (
        <>
          <p className="counts" data-testid="coverage-overview">
            <span>
              全部下级文件 {overview.total.documents} 份:要求 {overview.requirementCount}{' '}
              项,至少一个下级文件落实 {overview.coveredCount} 项
            </span>
            <span>
              缺口 {overview.total.missing} / {overview.total.cells} 格(缺口率 {overview.total.deficitPercent}
              %)
            </span>
          </p>
          <p>
            <label>
              地区范围:{' '}
              <select
                aria-label="选择地区范围"
                data-testid="coverage-scope"
                value={scope?.code ?? ''}
                onChange={(e) => {
                  setActive(null);
                  onRegion(e.target.value || null);
                }}
              >
                <option value="">请选择地区</option>
                {scopes.map((s) => (
                  <option key={s.code} value={s.code} disabled={!fitsMatrix(s.documentIds.length)}>
                    {s.name}({s.documentIds.length} 份
                    {fitsMatrix(s.documentIds.length) ? '' : ',请选其下的市'})
                  </option>
                ))}
              </select>
            </label>
          </p>
          {!scope && (
            <Empty>
              下级文件共 {overview.against.length} 份,矩阵最多显示 {MATRIX_DOCUMENT_LIMIT}{' '}
              份:请选择一个省或市,查看其范围内文件的落实情况。
            </Empty>
          )}
        </>
      )}
      {coverage && matrix && matrix.columns.length === 0 && <Empty>没有可比较的下级文件。</Empty>}
      {coverage && matrix && matrix.columns.length > 0 && (
        <>
          <p className="counts" data-testid="coverage-summary">
            <span>
              {scope ? `${scope.name}:` : ''}要求 {coverage.requirementCount} 项,至少一个下级文件落实{' '}
              {coverage.coveredCount} 项
            </span>
            <span>
              缺口 {coverage.total.missing} / {coverage.total.cells} 格(缺口率 {coverage.total.deficitPercent}
              %)
            </span>
            {coverage.byLevel.map((l) => (
              <span key={l.level ?? 'none'}>
                {levelLabel(fromApiLevel(l.level))}:缺口率 {l.deficitPercent}%
              </span>
            ))}
          </p>
          <p className="meta">“未见落实”表示在已导入的文件中没有找到证据,语料并不完整。</p>
          <div className="matrix-wrap">
            <table className="matrix" data-testid="coverage-matrix">
              <thead>
                <tr>
                  <th scope="col">要求</th>
                  {matrix.columns.map((c) => (
                    <th key={c.id} scope="col" title={c.title}>
                      <LevelBadge level={c.level} />
                      {c.regionName ?? c.title}
                      <div className="meta">缺 {matrix.missingByDocument.get(c.id) ?? 0}</div>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {matrix.rows.map((row) => (
                  <tr key={row.id}>
                    <th scope="row">
                      <button type="button" className="link" onClick={() => onSelect(row.id)}>
                        {row.label}
                      </button>
                    </th>
                    {row.cells.map((cell) => {
                      const column = matrix.columns.find((c) => c.id === cell.documentId)!;
                      const isActive =
                        active?.requirementId === cell.requirementId && active.documentId === cell.documentId;
                      return (
                        <td key={cell.documentId} className={`${cell.status}${isActive ? ' active' : ''}`}>
                          <button
                            type="button"
                            aria-label={`${row.label} × ${column.regionName ?? column.title}:${COVERAGE_LABEL[cell.status]}`}
                            aria-pressed={isActive}
                            onClick={() => setActive(isActive ? null : cell)}
                          >
                            {COVERAGE_LABEL[cell.status]}
                            {cell.bestScore !== null ? ` ${cell.bestScore.toFixed(2)}` : ''}
                          </button>
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {active && (
            <div
              className="cell-detail"
              data-testid="coverage-cell-detail"
              role="region"
              aria-label="单元格详情"
            >
              <h3>
                {matrix.rows.find((r) => r.id === active.requirementId)?.label} ×{' '}
                {matrix.columns.find((c) => c.id === active.documentId)?.title}:
                {COVERAGE_LABEL[active.status]}
              </h3>
              {active.provisions.length === 0 ? (
                <p>该文件中未见落实此要求的条款。</p>
              ) : (
                <ul>
                  {active.provisions.map((p) => (
                    <li key={p.id}>
                      <button type="button" className="link" onClick={() => onSelect(p.id)}>
                        {p.label}
                      </button>
                    </li>
                  ))}
                </ul>
              )}
            </div>
          )}
        </>
      )}
    </div>
  );
}

function rankOf(level: Parameters<typeof fromApiLevel>[0]): number {
  const domain = fromApiLevel(level);
  return domain ? LEVEL_RANK[domain] : 9;
}
