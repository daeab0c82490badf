// Unit view: units ranked by workload (optionally within the filtered region), and for the
// chosen unit its tasks across documents as lead, co-lead or support.
import { useState } from 'react';
import { useQuery } from 'urql';
import { UNIT_TASKS_QUERY, UNITS_QUERY } from '../api/queries';
import { useRegionOptions } from '../hooks/useRegionOptions';
import type { UnitsResult, UnitTasksResult } from '../api/types';
import { fromApiLevel, fromApiRole, provisionCaption } from '../logic/apiMapping';
import { buildCsv } from '../logic/csv';
import { levelLabel, ROLE_LABEL } from '../logic/labels';
import { downloadText } from './download';
import { LevelBadge } from './LevelBadge';
import { ApiError, Empty, Loading } from './Status';

interface Props {
  readonly unitId: string | null;
  readonly region: string | null;
  readonly onRegion: (code: string | null) => void;
  readonly onUnit: (id: string) => void;
  readonly onSelect: (id: string) => void;
}

const TASK_HEADERS = ['角色', '层级', '地区', '文件', '条款'];

export function UnitsView({ unitId, region, onRegion, onUnit, onSelect }: Props) {
  const regions = useRegionOptions();
  const [name, setName] = useState('');
  const [submittedName, setSubmittedName] = useState('');
  const [units, reexecute] = useQuery<UnitsResult>({
    query: UNITS_QUERY,
    variables: { region, name: submittedName || null, first: 100 },
  });
  const [tasks] = useQuery<UnitTasksResult>({
    query: UNIT_TASKS_QUERY,
    variables: { id: unitId ?? '' },
    pause: !unitId,
  });

  const unit = tasks.data?.unit;
  const rows = (unit?.tasks.nodes ?? []).map((t) => [
    ROLE_LABEL[fromApiRole(t.role)],
    levelLabel(fromApiLevel(t.provision.level)),
    t.provision.document.region?.name ?? '',
    t.provision.document.title,
    provisionCaption(t.provision),
  ]);

  return (
    <div
      className="view-pad units-view"
      data-testid="units-view"
      style={{ display: 'grid', gridTemplateColumns: '340px 1fr', gap: 16 }}
    >
      <section aria-labelledby="units-heading">
        <h2 id="units-heading">责任单位(按任务量排序)</h2>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            setSubmittedName(name.trim());
          }}
        >
          <input
            type="search"
            aria-label="按单位名称筛选"
            placeholder="单位名称,如:司法局"
            value={name}
            onChange={(e) => setName(e.target.value)}
          />{' '}
          <button type="submit">筛选</button>
        </form>
        <p>
          <select
            aria-label="按地区筛选责任单位"
            value={region ?? ''}
            onChange={(e) => onRegion(e.target.value || null)}
          >
            <option value="">全部地区</option>
            {regions.map((r) => (
              <option key={r.code} value={r.code}>
                {'\u3000'.repeat(r.depth)}
                {r.name}
              </option>
            ))}
          </select>
        </p>
        {units.fetching && !units.data && <Loading what="责任单位" />}
        {units.error && (
          <ApiError error={units.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
        )}
        {units.data && units.data.units.totalCount === 0 && <Empty>没有符合条件的责任单位。</Empty>}
        {units.data && units.data.units.nodes.length > 0 && (
          <table className="data" data-testid="units-table">
            <thead>
              <tr>
                <th scope="col">单位</th>
                <th scope="col">牵头</th>
                <th scope="col">配合</th>
                <th scope="col">合计</th>
              </tr>
            </thead>
            <tbody>
              {units.data.units.nodes.map((u) => (
                <tr key={u.id} className={u.id === unitId ? 'selected' : undefined}>
                  <td>
                    <button type="button" className="link" onClick={() => onUnit(u.id)}>
                      {u.name}
                    </button>
                    <div className="meta">{u.region?.name ?? ''}</div>
                  </td>
                  <td>{u.workload.lead + u.workload.coLead}</td>
                  <td>{u.workload.support}</td>
                  <td>{u.workload.total}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="unit-tasks-heading">
        {!unitId && <Empty>从左侧列表选择一个责任单位,查看其在各文件中牵头和配合的任务。</Empty>}
        {unitId && tasks.fetching && !tasks.data && <Loading what="任务" />}
        {tasks.error && <ApiError error={tasks.error} />}
        {unit && (
          <>
            <h2 id="unit-tasks-heading">
              {unit.name}
              {unit.region ? `(${unit.region.name})` : ''}
            </h2>
            <p className="counts">
              <span>牵头 {unit.workload.lead}</span>
              <span>共同牵头 {unit.workload.coLead}</span>
              <span>配合 {unit.workload.support}</span>
              <span>
                共 {unit.workload.total} 项任务,涉及 {unit.workload.documents} 个文件
              </span>
              <button
                type="button"
                onClick={() => downloadText(buildCsv(TASK_HEADERS, rows), `${unit.name}-任务.csv`)}
                disabled={rows.length === 0}
              >
                导出 CSV
              </button>
            </p>
            <table className="data" data-testid="unit-tasks">
              <thead>
                <tr>
                  {TASK_HEADERS.map((h) => (
                    <th key={h} scope="col">
                      {h}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {unit.tasks.nodes.map((t) => (
                  <tr key={`${t.provision.id}-${t.role}`}>
                    <td>
                      <span className={`role role-${fromApiRole(t.role)}`}>
                        {ROLE_LABEL[fromApiRole(t.role)]}
                      </span>
                    </td>
                    <td>
                      <LevelBadge level={fromApiLevel(t.provision.level)} />
                    </td>
                    <td>{t.provision.document.region?.name ?? ''}</td>
                    <td>{t.provision.document.title}</td>
                    <td>
                      <button type="button" className="link" onClick={() => onSelect(t.provision.id)}>
                        {provisionCaption(t.provision)}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </section>
    </div>
  );
}
