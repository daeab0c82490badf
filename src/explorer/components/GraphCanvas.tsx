// The Cytoscape canvas. It syncs the element set with `data` by id (so expanding keeps what is
// there), hides filtered elements by class, runs the chosen layout when elements arrive, and
// exposes fit/zoom/PNG to the toolbar. Single tap selects, double tap expands or collapses.
// In the cascade, provisions sit in one compound node per document; a fit never zooms out below
// a readable scale (the user pans and zooms from there), and the PNG is drawn at full scale.
import cytoscape, { type Core, type EventObject } from 'cytoscape';
import dagre from 'cytoscape-dagre';
import { forwardRef, useEffect, useImperativeHandle, useRef, useState } from 'react';
import { groupDocumentId, layerGap, toCyElements } from '../logic/elements';
import type { HiddenElements } from '../logic/filter';
import type { GraphData } from '../logic/types';
import { GRAPH_STYLE } from './graphStyle';

cytoscape.use(dagre);

const MAX_FIT_ZOOM = 1.4;
/** Below this scale 13px labels fall under ~10px and CJK text stops being legible. */
export const MIN_FIT_ZOOM = 0.8;
const FIT_PADDING = 30;

export type GraphLayout = 'layered' | 'force';

export interface GraphCanvasHandle {
  fit(): void;
  zoomBy(factor: number): void;
  relayout(): void;
  png(): Blob | null;
}

interface Props {
  readonly data: GraphData;
  readonly hidden: HiddenElements;
  readonly layout: GraphLayout;
  readonly selectedId: string | null;
  readonly expandedIds: ReadonlySet<string>;
  /** Draw provisions inside compound nodes per document (cascade view). */
  readonly groupByDocument: boolean;
  readonly onSelect: (id: string) => void;
  readonly onToggleExpand: (id: string) => void;
  /** Called after each layout with the number of visible nodes (performance marks, tests). */
  readonly onRendered?: (visibleNodes: number) => void;
}

interface Tooltip {
  readonly text: string;
  readonly x: number;
  readonly y: number;
}

/**
 * Fits the visible elements, without blowing a handful of nodes up to the maximum zoom nor
 * shrinking a wide cascade below a legible scale: then the top rows (the requirement and the
 * first levels implementing it) show centred, and the rest is a pan or scroll away.
 */
function fitVisible(cy: Core): void {
  const visible = cy.elements(':visible');
  cy.fit(visible, FIT_PADDING);
  if (cy.zoom() > MAX_FIT_ZOOM) {
    cy.zoom(MAX_FIT_ZOOM);
    cy.center(visible);
  } else if (cy.zoom() < MIN_FIT_ZOOM) {
    const box = visible.boundingBox();
    cy.zoom(MIN_FIT_ZOOM);
    cy.pan({
      x: cy.width() / 2 - ((box.x1 + box.x2) / 2) * MIN_FIT_ZOOM,
      y: FIT_PADDING - box.y1 * MIN_FIT_ZOOM,
    });
  }
}

/** Visible graph nodes; document groups are drawing aids, not nodes of the graph. */
function visibleNodeCount(cy: Core): number {
  return cy.nodes(':visible').filter((n) => groupDocumentId(n.id()) === null).length;
}

function runLayout(cy: Core, layout: GraphLayout, onDone: () => void): void {
  const visible = cy.elements(':visible');
  const options =
    layout === 'layered'
      ? {
          name: 'dagre',
          rankDir: 'TB',
          nodeSep: 14,
          rankSep: 50,
          // Space nodes by their labels so neighbours on one level do not overprint each other.
          nodeDimensionsIncludeLabels: true,
          fit: false,
          padding: 30,
          minLen: (edge: cytoscape.EdgeSingular) =>
            layerGap(Number(edge.source().data('levelRank')), Number(edge.target().data('levelRank'))),
        }
      : {
          name: 'cose',
          animate: false,
          fit: false,
          padding: 30,
          nodeRepulsion: () => 9000,
          idealEdgeLength: () => 90,
        };
  const running = visible.layout(options as cytoscape.LayoutOptions);
  running.one('layoutstop', () => {
    fitVisible(cy);
    onDone();
  });
  running.run();
}

export const GraphCanvas = forwardRef<GraphCanvasHandle, Props>(function GraphCanvas(props, ref) {
  const {
    data,
    hidden,
    layout,
    selectedId,
    expandedIds,
    groupByDocument,
    onSelect,
    onToggleExpand,
    onRendered,
  } = props;
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const callbacks = useRef({ onSelect, onToggleExpand, onRendered });
  callbacks.current = { onSelect, onToggleExpand, onRendered };
  const [tooltip, setTooltip] = useState<Tooltip | null>(null);

  useEffect(() => {
    if (!container.current) return;
    const cy = cytoscape({
      container: container.current,
      style: GRAPH_STYLE,
      wheelSensitivity: 0.3,
      minZoom: 0.05,
      maxZoom: 4,
      boxSelectionEnabled: false,
    });
    // A document group stands for its document: tapping it shows the document's details.
    cy.on('tap', 'node', (e: EventObject) =>
      callbacks.current.onSelect(groupDocumentId(e.target.id()) ?? e.target.id()),
    );
    cy.on('dbltap', 'node', (e: EventObject) => {
      if (groupDocumentId(e.target.id()) === null) callbacks.current.onToggleExpand(e.target.id());
    });
    const show = (e: EventObject) => {
      const el = e.target;
      const text = el.isEdge()
        ? String(el.data('tooltip') ?? '')
        : [el.data('fullLabel'), el.data('levelName'), el.data('regionName'), el.data('documentTitle')]
            .filter(Boolean)
            .join('\n');
      if (!text) return;
      const pos = e.renderedPosition ?? { x: 0, y: 0 };
      setTooltip({ text, x: pos.x + 12, y: pos.y + 12 });
    };
    cy.on('mouseover', 'node, edge', show);
    cy.on('mouseout', 'node, edge', () => setTooltip(null));
    cy.on('viewport', () => setTooltip(null));
    cyRef.current = cy;
    // The canvas shrinks when the table below fills; keep the drawing fitted to what is visible.
    let pending: ReturnType<typeof setTimeout> | undefined;
    const observer = new ResizeObserver(() => {
      clearTimeout(pending);
      pending = setTimeout(() => {
        cy.resize();
        if (cy.nodes(':visible').nonempty()) fitVisible(cy);
      }, 100);
    });
    observer.observe(container.current);
    return () => {
      clearTimeout(pending);
      observer.disconnect();
      cy.destroy();
      cyRef.current = null;
    };
  }, []);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const elements = toCyElements(data, { groupByDocument });
    const wanted = new Set(elements.map((e) => e.data.id));
    let changed = false;
    cy.batch(() => {
      const stale = cy.elements().filter((el) => !wanted.has(el.id()));
      if (stale.nonempty()) changed = true;
      stale.remove();
      for (const element of elements) {
        const existing = cy.getElementById(element.data.id);
        if (existing.nonempty()) {
          const { parent, ...rest } = element.data;
          existing.data(rest);
          const wantedParent = typeof parent === 'string' ? parent : null;
          const currentParent = existing.isChild() ? existing.parent().first().id() : null;
          if (existing.isNode() && wantedParent !== currentParent) {
            existing.move({ parent: wantedParent });
            changed = true;
          }
          continue;
        }
        cy.add({ group: element.group, data: { ...element.data }, classes: element.classes });
        changed = true;
      }
      cy.nodes().forEach((n) => {
        n.toggleClass('hidden', hidden.nodes.has(n.id()));
      });
      cy.edges().forEach((e) => {
        e.toggleClass('hidden', hidden.edges.has(e.id()));
      });
      // A document group whose provisions are all filtered out would be an empty box.
      cy.nodes(':parent').forEach((g) => {
        g.toggleClass(
          'hidden',
          g
            .children()
            .filter((c) => !c.hasClass('hidden'))
            .empty(),
        );
      });
      cy.nodes().forEach((n) => {
        n.toggleClass('expanded', expandedIds.has(n.id()));
      });
    });
    if (changed && cy.nodes().nonempty()) {
      runLayout(cy, layout, () => callbacks.current.onRendered?.(visibleNodeCount(cy)));
    } else if (changed) {
      callbacks.current.onRendered?.(0);
    }
  }, [data, hidden, expandedIds, layout, groupByDocument]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || cy.nodes().empty()) return;
    runLayout(cy, layout, () => callbacks.current.onRendered?.(visibleNodeCount(cy)));
  }, [layout]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.$(':selected').unselect();
    if (selectedId) cy.getElementById(selectedId).select();
  }, [selectedId, data]);

  useImperativeHandle(
    ref,
    () => ({
      fit: () => {
        if (cyRef.current) fitVisible(cyRef.current);
      },
      zoomBy: (factor: number) => {
        const cy = cyRef.current;
        if (!cy) return;
        cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
      },
      relayout: () => {
        const cy = cyRef.current;
        if (cy && cy.nodes().nonempty())
          runLayout(cy, layout, () => callbacks.current.onRendered?.(visibleNodeCount(cy)));
      },
      png: () => {
        const cy = cyRef.current;
        if (!cy || cy.nodes().empty()) return null;
        return cy.png({
          output: 'blob',
          full: true,
          scale: 2,
          bg: '#ffffff',
          maxWidth: 6000,
          maxHeight: 6000,
        });
      },
    }),
    [layout],
  );

  return (
    <div className="graph-canvas-inner">
      <div
        ref={container}
        className="graph-canvas"
        data-testid="graph-canvas"
        role="img"
        aria-label="关系图谱画布:单击节点查看详情,双击展开或收起相邻节点"
      />
      {tooltip && (
        <div className="graph-tooltip" role="tooltip" style={{ left: tooltip.x, top: tooltip.y }}>
          {tooltip.text}
        </div>
      )}
    </div>
  );
});
