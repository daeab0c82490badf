// Region choices for the pickers: the regions of the ingested documents, nation first, each
// indented by its level. (The full gazetteer has thousands of regions; analysts filter by the
// places the corpus covers, and a filter on a region includes everything inside it.)
import { LEVEL_RANK } from '../../domain.js';
import type { ApiDocumentSummary } from '../api/types.js';
import { fromApiLevel } from './apiMapping.js';

export interface RegionOption {
  readonly code: string;
  readonly name: string;
  readonly depth: number;
}

export function documentRegions(documents: readonly ApiDocumentSummary[]): RegionOption[] {
  const byCode = new Map<string, RegionOption>();
  for (const d of documents) {
    if (d.referencedOnly || !d.region || byCode.has(d.region.code)) continue;
    const level = fromApiLevel(d.level);
    byCode.set(d.region.code, {
      code: d.region.code,
      name: d.region.name,
      depth: level ? LEVEL_RANK[level] : 0,
    });
  }
  return [...byCode.values()].sort((a, b) => a.depth - b.depth || a.code.localeCompare(b.code));
}

export function regionNameMap(options: readonly RegionOption[]): Map<string, string> {
  return new Map(options.map((r) => [r.code, r.name]));
}
