// Full-text search over provisions with level and region filters. Enter submits; each hit can
// be opened in the canvas or as the root of a cascade.
import { useEffect, useState } from 'react';
import { useQuery } from 'urql';
import { GOVERNMENT_LEVELS, type GovernmentLevel } from '../../domain';
import { SEARCH_QUERY } from '../api/queries';
import type { SearchResult } from '../api/types';
import { fromApiLevel, provisionCaption, toApiLevel } from '../logic/apiMapping';
import { useRegionOptions } from '../hooks/useRegionOptions';
import { LEVEL_LABEL } from '../logic/labels';
import { spansForTerms } from '../logic/highlight';
import { snippet } from '../logic/snippet';
import { HighlightedText } from './HighlightedText';
import { LevelBadge } from './LevelBadge';
import { ApiError, Empty, Loading } from './Status';

const PAGE = 20;

interface Props {
  readonly query: string;
  readonly level: GovernmentLevel | null;
  readonly region: string | null;
  readonly onChange: (query: string, level: GovernmentLevel | null, region: string | null) => void;
  readonly onOpen: (id: string) => void;
  readonly onCascade: (id: string) => void;
}

export function SearchPanel({ query, level, region, onChange, onOpen, onCascade }: Props) {
  const [text, setText] = useState(query);
  const [draftLevel, setDraftLevel] = useState<GovernmentLevel | ''>(level ?? '');
  const [draftRegion, setDraftRegion] = useState(region ?? '');
  const [shown, setShown] = useState(PAGE);
  useEffect(() => setText(query), [query]);
  useEffect(() => setShown(PAGE), [query, level, region]);

  const regions = useRegionOptions();
  const [result, reexecute] = useQuery<SearchResult>({
    query: SEARCH_QUERY,
    variables: { query, level: level ? toApiLevel(level) : null, region, first: shown },
    pause: query.trim() === '',
  });

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    onChange(text.trim(), draftLevel || null, draftRegion || null);
  };

  return (
    <section aria-labelledby="search-heading">
      <h2 id="search-heading">搜索条款</h2>
      <form className="search-form" role="search" onSubmit={submit}>
        <input
          type="search"
          aria-label="搜索关键词"
          placeholder="输入关键词,如:综合行政执法、枫桥经验"
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <div className="row">
          <select
            aria-label="按层级筛选"
            value={draftLevel}
            onChange={(e) => setDraftLevel(e.target.value as GovernmentLevel | '')}
          >
            <option value="">全部层级</option>
            {GOVERNMENT_LEVELS.map((l) => (
              <option key={l} value={l}>
                {LEVEL_LABEL[l]}
              </option>
            ))}
          </select>
          <select
            aria-label="按地区筛选"
            value={draftRegion}
            onChange={(e) => setDraftRegion(e.target.value)}
          >
            <option value="">全部地区</option>
            {regions.map((r) => (
              <option key={r.code} value={r.code}>
                {'\u3000'.repeat(r.depth)}
                {r.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="primary">
          搜索
        </button>
      </form>
      {query.trim() !== '' && (
        <div aria-live="polite">
          {result.fetching && !result.data && <Loading what="搜索结果" />}
          {result.error && (
            <ApiError error={result.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
          )}
          {result.data && result.data.search.totalCount === 0 && (
            <Empty>没有找到与“{query}”相关的条款。</Empty>
          )}
          {result.data && result.data.search.totalCount > 0 && (
            <>
              <p className="meta" data-testid="search-count">
                共 {result.data.search.totalCount} 条结果
              </p>
              <ul className="results" data-testid="search-results">
                {result.data.search.nodes.map(({ provision: hit }) => (
                  <li key={hit.id} className="result">
                    <div>
                      <LevelBadge level={fromApiLevel(hit.level)} />
                      <strong>{provisionCaption(hit)}</strong>
                    </div>
                    <div className="meta">
                      {hit.document.region?.name ? `${hit.document.region.name} · ` : ''}
                      {hit.document.title}
                    </div>
                    <p>
                      <HighlightedText
                        text={snippet(hit.text, result.data!.search.terms)}
                        spans={spansForTerms(
                          snippet(hit.text, result.data!.search.terms),
                          result.data!.search.terms,
                          'evidence',
                        )}
                      />
                    </p>
                    <div className="actions">
                      <button
                        type="button"
                        onClick={() => onOpen(hit.id)}
                        aria-label={`在图中打开 ${provisionCaption(hit)}`}
                      >
                        在图中打开
                      </button>
                      <button
                        type="button"
                        onClick={() => onCascade(hit.id)}
                        aria-label={`查看 ${provisionCaption(hit)} 的落实级联`}
                      >
                        查看级联
                      </button>
                    </div>
                  </li>
                ))}
              </ul>
              {result.data.search.pageInfo.hasNextPage && (
                <button type="button" onClick={() => setShown((n) => n + PAGE)} disabled={result.fetching}>
                  显示更多
                </button>
              )}
            </>
          )}
        </div>
      )}
    </section>
  );
}
