// Which regions get a plan at a given corpus size: whole administrative chains (province → city →
// county) are added in a seeded random order until the size is reached, so every plan's parents
// are in the corpus and the sizes nest (the 1% corpus is part of the 10% one).
import type { RegionGazetteer } from '../../src/regions/index.js';
import { createRandom } from './prng.js';

export function selectRegions(
  gazetteer: Pick<RegionGazetteer, 'chain' | 'children' | 'all'>,
  sizePercent: number,
  seed: number,
): Set<string> {
  const regions = gazetteer
    .all()
    .filter((r) => r.level === 'province' || r.level === 'city' || r.level === 'county');
  if (sizePercent >= 100) return new Set(regions.map((r) => r.code));
  const target = Math.max(1, Math.round((regions.length * sizePercent) / 100));
  // Leaves of the province–city–county tree: counties, and cities or provinces with none below.
  const leaves = regions
    .filter((r) => gazetteer.children(r.code).every((c) => c.level === 'township'))
    .sort((a, b) => a.code.localeCompare(b.code));
  const selected = new Set<string>();
  for (const leaf of createRandom(seed, 'select').shuffle(leaves)) {
    if (selected.size >= target) break;
    for (const r of gazetteer.chain(leaf.code)) selected.add(r.code);
  }
  return selected;
}
