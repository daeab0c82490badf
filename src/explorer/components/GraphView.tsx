// The cascade and neighbourhood views: loads the graph for the root, keeps the working graph
// as the user expands and collapses nodes, and shows the canvas, its toolbar and its table.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { type CombinedError, useClient, useQuery } from 'urql';
import { GOVERNMENT_LEVELS } from '../../domain';
import { CASCADE_QUERY, DOCUMENT_LAYER_QUERY, NEIGHBORHOOD_QUERY } from '../api/queries';
import type {
  ApiDocumentWithLinks,
  CascadeResult,
  DocumentLayerResult,
  NeighborhoodResult,
} from '../api/types';
import { useRegionOptions } from '../hooks/useRegionOptions';
import { cascadeToGraph, cascadeUnits, fromApiLevel, subgraphToGraph } from '../logic/apiMapping';
import { buildCsv } from '../logic/csv';
import { cascadeDocumentIds, documentLayer } from '../logic/documentLayer';
import { hiddenElements } from '../logic/filter';
import {
  collapseNode,
  EMPTY_WORKING_GRAPH,
  graphData,
  isExpanded,
  mergeGraph,
  replaceGraph,
  type WorkingGraph,
} from '../logic/graphState';
import { LEVEL_COLOR, LEVEL_LABEL } from '../logic/labels';
import { regionNameMap } from '../logic/regions';
import { GRAPH_TABLE_HEADERS, graphTable, type UnitOnProvision } from '../logic/tables';
import { GraphTable } from './GraphTable';
import type { GraphFilter } from '../logic/urlState';
import { downloadBlob, downloadText } from './download';
import { GraphCanvas, type GraphCanvasHandle, type GraphLayout } from './GraphCanvas';
import { RequirementPicker } from './RequirementPicker';
import { ApiError, Empty, Loading } from './Status';

const NEIGHBOUR_LIMIT = 40;

interface Props {
  readonly mode: 'cascade' | 'explore';
  readonly rootId: string | null;
  readonly selectedId: string | null;
  readonly filter: GraphFilter;
  readonly onSelect: (id: string) => void;
  readonly onChooseRoot: (id: string) => void;
}

export function GraphView({ mode, rootId, selectedId, filter, onSelect, onChooseRoot }: Props) {
  const client = useClient();
  const canvas = useRef<GraphCanvasHandle>(null);
  const [graph, setGraph] = useState<WorkingGraph>(EMPTY_WORKING_GRAPH);
  const [layout, setLayout] = useState<GraphLayout>(mode === 'cascade' ? 'layered' : 'force');
  const [expandError, setExpandError] = useState<CombinedError | null>(null);
  const [expanding, setExpanding] = useState<string | null>(null);
  const [rendered, setRendered] = useState<number | null>(null);
  const [showDocuments, setShowDocuments] = useState(false);
  useEffect(() => setLayout(mode === 'cascade' ? 'layered' : 'force'), [mode]);

  const [cascade, reexecuteCascade] = useQuery<CascadeResult>({
    query: CASCADE_QUERY,
    variables: { from: rootId ?? '', region: filter.region },
    pause: mode !== 'cascade' || !rootId,
  });
  const [neighbourhood, reexecuteNeighbourhood] = useQuery<NeighborhoodResult>({
    query: NEIGHBORHOOD_QUERY,
    variables: { id: rootId ?? '', depth: 1, limit: NEIGHBOUR_LIMIT },
    pause: mode !== 'explore' || !rootId,
  });
  const regions = useRegionOptions();
  const regionNames = useMemo(() => regionNameMap(regions), [regions]);
  const cascadeGraph = useMemo(
    () => (cascade.data?.cascade ? cascadeToGraph(cascade.data.cascade) : null),
    [cascade.data],
  );
  const documentIds = useMemo(() => (cascadeGraph ? cascadeDocumentIds(cascadeGraph) : []), [cascadeGraph]);
  const [layer] = useQuery<DocumentLayerResult>({
    query: DOCUMENT_LAYER_QUERY,
    variables: { ids: documentIds },
    pause: mode !== 'cascade' || !showDocuments || documentIds.length === 0,
  });
  const active = mode === 'cascade' ? cascade : neighbourhood;
  const retry = () =>
    (mode === 'cascade' ? reexecuteCascade : reexecuteNeighbourhood)({ requestPolicy: 'network-only' });

  useEffect(() => {
    setRendered(null);
    if (!rootId) return setGraph(EMPTY_WORKING_GRAPH);
    if (mode === 'cascade' && cascadeGraph) {
      const documents = (layer.data?.nodes ?? []).filter(
        (n): n is ApiDocumentWithLinks & { __typename: 'Document' } => n.__typename === 'Document',
      );
      const base = replaceGraph(cascadeGraph);
      setGraph(
        showDocuments && documents.length > 0
          ? mergeGraph(base, documentLayer(cascadeGraph, documents)).graph
          : base,
      );
    } else if (mode === 'explore' && neighbourhood.data?.neighborhood) {
      setGraph(replaceGraph(subgraphToGraph(neighbourhood.data.neighborhood, regionNames)));
    } else setGraph(EMPTY_WORKING_GRAPH);
  }, [mode, rootId, cascadeGraph, neighbourhood.data, regionNames, showDocuments, layer.data]);

  const data = useMemo(() => graphData(graph), [graph]);
  const pinned = useMemo(
    () => new Set([rootId, selectedId].filter((id): id is string => id !== null)),
    [rootId, selectedId],
  );
  const hidden = useMemo(() => hiddenElements(data, filter, pinned), [data, filter, pinned]);
  const expandedIds = useMemo(() => new Set(graph.expansions.keys()), [graph]);
  const units: UnitOnProvision[] = useMemo(
    () => (mode === 'cascade' ? (cascade.data?.cascade ? cascadeUnits(cascade.data.cascade) : []) : []),
    [mode, cascade.data],
  );
  const rows = useMemo(() => graphTable(data, hidden.nodes, units), [data, hidden, units]);

  const toggleExpand = useCallback(
    async (id: string) => {
      if (isExpanded(graph, id)) {
        setGraph((g) => collapseNode(g, id, pinned).graph);
        return;
      }
      setExpanding(id);
      setExpandError(null);
      const result = await client
        .query<NeighborhoodResult>(NEIGHBORHOOD_QUERY, { id, depth: 1, limit: NEIGHBOUR_LIMIT })
        .toPromise();
      setExpanding(null);
      if (result.error) return setExpandError(result.error);
      if (result.data?.neighborhood) {
        const incoming = subgraphToGraph(result.data.neighborhood, regionNames);
        setGraph((g) => mergeGraph(g, incoming, id).graph);
      }
    },
    [client, graph, pinned, regionNames],
  );

  const onRendered = useCallback(
    (visible: number) => {
      setRendered(visible);
      if (
        mode === 'cascade' &&
        visible > 0 &&
        performance.getEntriesByName('explorer:first-cascade-rendered').length === 0
      ) {
        performance.mark('explorer:first-cascade-rendered');
      }
    },
    [mode],
  );

  const exportPng = () => {
    const blob = canvas.current?.png();
    if (blob) downloadBlob(blob, mode === 'cascade' ? '级联图.png' : '关系图.png');
  };
  const exportCsv = () =>
    downloadText(
      buildCsv(
        GRAPH_TABLE_HEADERS,
        rows.map((r) => r.cells),
      ),
      mode === 'cascade' ? '级联条款表.csv' : '关系图节点表.csv',
    );

  const root = cascade.data?.cascade;
  return (
    <>
      <div className="toolbar" role="toolbar" aria-label="图谱工具">
        <button
          type="button"
          onClick={() => selectedId && toggleExpand(selectedId)}
          disabled={!selectedId || expanding !== null}
        >
          {selectedId && isExpanded(graph, selectedId) ? '收起所选节点' : '展开所选节点'}
        </button>
        <span className="sep" />
        <button type="button" onClick={() => canvas.current?.fit()} aria-label="适应画面">
          适应画面
        </button>
        <button type="button" onClick={() => canvas.current?.zoomBy(1.25)} aria-label="放大">
          放大
        </button>
        <button type="button" onClick={() => canvas.current?.zoomBy(0.8)} aria-label="缩小">
          缩小
        </button>
        <label>
          布局{' '}
          <select value={layout} onChange={(e) => setLayout(e.target.value as GraphLayout)} aria-label="布局">
            <option value="layered">层级布局(自上而下)</option>
            <option value="force">力导向布局</option>
          </select>
        </label>
        <span className="sep" />
        <button type="button" onClick={exportPng} disabled={data.nodes.length === 0}>
          导出 PNG
        </button>
        <button type="button" onClick={exportCsv} disabled={rows.length === 0}>
          导出 CSV
        </button>
        {mode === 'cascade' && rootId && (
          <label title="显示级联条款所属的文件,以及这些文件声明贯彻落实的上级文件(含未导入、仅被引用的文件)">
            <input
              type="checkbox"
              checked={showDocuments}
              onChange={(e) => setShowDocuments(e.target.checked)}
            />{' '}
            显示文件层
          </label>
        )}
        {mode === 'cascade' && rootId && (
          <button type="button" onClick={() => onChooseRoot('')}>
            选择其他要求
          </button>
        )}
        <span
          className="summary"
          aria-live="polite"
          data-testid="graph-summary"
          data-rendered-nodes={rendered ?? ''}
        >
          {expanding && '正在展开…'}
          {!expanding &&
            data.nodes.length > 0 &&
            `${data.nodes.length - hidden.nodes.size} 个节点,${data.edges.length - hidden.edges.size} 条关系`}
          {root &&
            ` · ${root.byLevel.map((c) => `${LEVEL_LABEL[fromApiLevel(c.level) ?? 'central']} ${c.count}`).join(',')}`}
        </span>
      </div>
      <div className="graph-canvas-wrap">
        <GraphCanvas
          ref={canvas}
          data={data}
          hidden={hidden}
          layout={layout}
          selectedId={selectedId}
          expandedIds={expandedIds}
          groupByDocument={mode === 'cascade' && !showDocuments}
          onSelect={onSelect}
          onToggleExpand={toggleExpand}
          onRendered={onRendered}
        />
        <div className="canvas-overlay">
          {!rootId && mode === 'cascade' && (
            <div className="picker-wrap">
              <RequirementPicker onChoose={onChooseRoot} />
            </div>
          )}
          {!rootId && mode === 'explore' && (
            <Empty>在左侧搜索条款并点击“在图中打开”,或在级联视图中选择节点后切换到此处。</Empty>
          )}
          {rootId && active.fetching && !active.data && (
            <Loading what={mode === 'cascade' ? '级联' : '邻域'} />
          )}
          {rootId && active.error && (
            <ApiError
              error={active.error}
              subject={`编号为“${rootId}”的${mode === 'cascade' ? '条款' : '节点'}`}
              onRetry={retry}
            />
          )}
          {rootId && !active.fetching && !active.error && active.data && data.nodes.length === 0 && (
            <Empty>没有可显示的节点。</Empty>
          )}
          {rootId && mode === 'cascade' && root && root.nodes.length === 0 && (
            <Empty>该要求暂未发现下级落实条款(语料不完整时可能存在遗漏)。</Empty>
          )}
          {rootId && data.nodes.length > 0 && hidden.nodes.size === data.nodes.length && (
            <Empty>当前筛选条件隐藏了全部节点。</Empty>
          )}
        </div>
        {expandError && (
          <div className="canvas-overlay">
            <ApiError error={expandError} onRetry={() => setExpandError(null)} />
          </div>
        )}
        <div className="legend" aria-label="图例">
          {GOVERNMENT_LEVELS.map((l) => (
            <span key={l}>
              <span className="swatch" style={{ background: LEVEL_COLOR[l] }} />
              {LEVEL_LABEL[l]}
            </span>
          ))}
          <span>
            <span className="swatch dashed" />
            仅被引用的文件
          </span>
          <span>线宽 = 落实得分 · 悬停查看证据 · 双击展开/收起 · 拖动平移、滚轮缩放</span>
        </div>
      </div>
      <GraphTable
        title={mode === 'cascade' ? '级联条款表' : '节点表'}
        rows={rows}
        selectedId={selectedId}
        regionCounts={root?.byRegion ?? []}
        onSelect={onSelect}
      />
    </>
  );
}
