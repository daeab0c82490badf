// Canvas filters: node kinds, levels, region and the minimum link score.
import { GOVERNMENT_LEVELS } from '../../domain';
import { useRegionOptions } from '../hooks/useRegionOptions';
import { LEVEL_LABEL, NODE_KIND_LABEL } from '../logic/labels';
import { NODE_KINDS } from '../logic/types';
import type { GraphFilter } from '../logic/urlState';

function toggle<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

export function FilterPanel({
  filter,
  onChange,
}: {
  readonly filter: GraphFilter;
  readonly onChange: (f: GraphFilter) => void;
}) {
  const regions = useRegionOptions();
  return (
    <section className="filters" aria-labelledby="filter-heading">
      <h2 id="filter-heading">图谱筛选</h2>
      <fieldset>
        <legend>节点类型(不选即全部)</legend>
        {NODE_KINDS.map((k) => (
          <label key={k}>
            <input
              type="checkbox"
              checked={filter.kinds.includes(k)}
              onChange={() => onChange({ ...filter, kinds: toggle(filter.kinds, k) })}
            />
            {NODE_KIND_LABEL[k]}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>层级(不选即全部)</legend>
        {GOVERNMENT_LEVELS.map((l) => (
          <label key={l}>
            <input
              type="checkbox"
              checked={filter.levels.includes(l)}
              onChange={() => onChange({ ...filter, levels: toggle(filter.levels, l) })}
            />
            {LEVEL_LABEL[l]}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>地区</legend>
        <select
          aria-label="图谱地区筛选"
          value={filter.region ?? ''}
          onChange={(e) => onChange({ ...filter, region: e.target.value || null })}
        >
          <option value="">全部地区</option>
          {regions.map((r) => (
            <option key={r.code} value={r.code}>
              {'\u3000'.repeat(r.depth)}
              {r.name}
            </option>
          ))}
        </select>
      </fieldset>
      <fieldset>
        <legend>最低落实得分:{filter.minScore.toFixed(2)}</legend>
        <input
          type="range"
          min={0}
          max={1}
          step={0.05}
          value={filter.minScore}
          aria-label="最低落实得分"
          onChange={(e) => onChange({ ...filter, minScore: Number(e.target.value) })}
          style={{ width: '100%' }}
        />
      </fieldset>
      {(filter.kinds.length > 0 || filter.levels.length > 0 || filter.region || filter.minScore > 0) && (
        <button type="button" onClick={() => onChange({ kinds: [], levels: [], region: null, minScore: 0 })}>
          清除筛选
        </button>
      )}
    </section>
  );
}
