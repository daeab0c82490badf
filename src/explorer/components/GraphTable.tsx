// The table under the canvas: the visible nodes, higher levels first, with what each provision
// implements, its best score and the units carrying it. The same rows are exported as CSV.
import { useState } from 'react';
import type { ApiRegionRef } from '../api/types';
import { GRAPH_TABLE_HEADERS, type GraphTableRow } from '../logic/tables';

/** Level, region, kind and score columns stay on one line. */
const NOWRAP_COLUMNS = new Set([0, 1, 2, 6]);
/** The provision column, a button selecting the node. */
const PROVISION_COLUMN = 4;

interface Props {
  readonly title: string;
  readonly rows: readonly GraphTableRow[];
  readonly selectedId: string | null;
  readonly regionCounts: readonly { readonly region: ApiRegionRef | null; readonly count: number }[];
  readonly onSelect: (id: string) => void;
}

export function GraphTable({ title, rows, selectedId, regionCounts, onSelect }: Props) {
  const [open, setOpen] = useState(true);
  return (
    <section className="table-panel" aria-label="当前表格">
      <header>
        <strong>{title}</strong>
        <span className="meta">{rows.length} 行</span>
        <button type="button" onClick={() => setOpen((o) => !o)} aria-expanded={open}>
          {open ? '收起表格' : '展开表格'}
        </button>
        {regionCounts.length > 0 && (
          <span className="counts">
            {regionCounts.map((c) => (
              <span key={c.region?.code ?? 'none'}>
                {c.region?.name ?? '地区不详'} {c.count}
              </span>
            ))}
          </span>
        )}
      </header>
      {open && rows.length > 0 && (
        <table className="data" data-testid="graph-table">
          <thead>
            <tr>
              {GRAPH_TABLE_HEADERS.map((h) => (
                <th key={h} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} className={row.id === selectedId ? 'selected' : undefined}>
                {row.cells.map((cell, i) =>
                  i === PROVISION_COLUMN ? (
                    <td key={i}>
                      <button type="button" className="link" onClick={() => onSelect(row.id)}>
                        {cell}
                      </button>
                    </td>
                  ) : (
                    <td key={i} className={NOWRAP_COLUMNS.has(i) ? 'nowrap' : undefined}>
                      {cell}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
