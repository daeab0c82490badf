// The explorer's frame: header with the views, the search/filter sidebar, the active view and
// the details panel. All shareable state lives in the URL (hooks/useViewState).
import { useState } from 'react';
import { useViewState } from '../hooks/useViewState';
import type { ExplorerView } from '../logic/urlState';
import { CoverageView } from './CoverageView';
import { DetailsPanel } from './DetailsPanel';
import { FilterPanel } from './FilterPanel';
import { GraphView } from './GraphView';
import { SearchPanel } from './SearchPanel';
import { UnitsView } from './UnitsView';

const VIEWS: readonly { view: ExplorerView; label: string }[] = [
  { view: 'cascade', label: '级联视图' },
  { view: 'explore', label: '邻域探索' },
  { view: 'coverage', label: '覆盖矩阵' },
  { view: 'units', label: '责任单位' },
];

export function App() {
  const { state, update, invalidParams } = useViewState();
  const [bannerClosed, setBannerClosed] = useState(false);
  const [copied, setCopied] = useState<'idle' | 'done' | 'failed'>('idle');

  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setCopied('done');
    } catch {
      setCopied('failed');
    }
    setTimeout(() => setCopied('idle'), 2500);
  };

  const openNode = (id: string, view: ExplorerView = state.view === 'cascade' ? 'cascade' : 'explore') =>
    update({ view, root: id, selected: id });

  return (
    <div className="app">
      <div className="app-top">
        <header className="app-header">
          <h1>政策级联图谱</h1>
          <nav aria-label="视图">
            {VIEWS.map((v) => (
              <button
                key={v.view}
                type="button"
                aria-pressed={state.view === v.view}
                onClick={() => update({ view: v.view })}
              >
                {v.label}
              </button>
            ))}
          </nav>
          <span className="spacer" />
          <button type="button" onClick={copyLink} aria-label="复制可分享的链接(保留当前选中节点和筛选条件)">
            {copied === 'done'
              ? '链接已复制'
              : copied === 'failed'
                ? '复制失败,请手动复制地址栏'
                : '复制分享链接'}
          </button>
          <a href="/graphql" target="_blank" rel="noreferrer">
            GraphQL 查询沙盒
          </a>
        </header>
        {invalidParams.length > 0 && !bannerClosed && (
          <div className="banner" role="alert">
            链接中的参数无效,已忽略:{invalidParams.join('、')}{' '}
            <button type="button" onClick={() => setBannerClosed(true)} aria-label="关闭提示">
              知道了
            </button>
          </div>
        )}
      </div>
      <div className="app-body">
        <aside className="sidebar" aria-label="搜索与筛选">
          <SearchPanel
            query={state.query}
            level={state.searchLevel}
            region={state.searchRegion}
            onChange={(query, searchLevel, searchRegion) => update({ query, searchLevel, searchRegion })}
            onOpen={(id) => openNode(id, 'explore')}
            onCascade={(id) => openNode(id, 'cascade')}
          />
          {(state.view === 'cascade' || state.view === 'explore') && (
            <FilterPanel filter={state.filter} onChange={(filter) => update({ filter })} />
          )}
        </aside>
        <main className={state.view === 'cascade' || state.view === 'explore' ? 'main' : 'main single'}>
          {(state.view === 'cascade' || state.view === 'explore') && (
            <GraphView
              mode={state.view}
              rootId={state.root}
              selectedId={state.selected}
              filter={state.filter}
              onSelect={(selected) => update({ selected })}
              onChooseRoot={(id) => update({ root: id || null, selected: id || null })}
            />
          )}
          {state.view === 'coverage' && (
            <CoverageView
              documentId={state.coverageDocument}
              regionCode={state.coverageRegion}
              onDocument={(coverageDocument) => update({ coverageDocument, coverageRegion: null })}
              onRegion={(coverageRegion) => update({ coverageRegion })}
              onSelect={(selected) => update({ selected })}
            />
          )}
          {state.view === 'units' && (
            <UnitsView
              unitId={state.unit}
              region={state.filter.region}
              onRegion={(region) => update({ filter: { ...state.filter, region } })}
              onUnit={(unit) => update({ unit, selected: unit })}
              onSelect={(selected) => update({ selected })}
            />
          )}
        </main>
        <aside className="details" aria-label="详情">
          <DetailsPanel
            nodeId={state.selected}
            onSelect={(selected) => update({ selected })}
            onCascade={(id) => openNode(id, 'cascade')}
            onExplore={(id) => openNode(id, 'explore')}
            onUnit={(unit) => update({ view: 'units', unit, selected: unit })}
          />
        </aside>
      </div>
    </div>
  );
}
