// Region rows from the gazetteer (pure): the nation, provinces, cities and counties with their
// aliases (株洲县 for 渌口区) and the PART_OF tree. Townships come only with the documents
// that name them (see rows.ts), since the full list has 41k rows.
import type { RegionGazetteer } from '../regions/index.js';
import type { RegionRecord, Row } from './port.js';
import type { Rows } from './rows.js';

export interface RegionRows {
  regions: RegionRecord[];
  aliases: Rows;
  parents: Rows;
}

export function regionRows(gazetteer: RegionGazetteer): RegionRows {
  const all = gazetteer
    .all()
    .filter((r) => r.level !== 'township')
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return {
    regions: all.map((r) => ({ code: r.code, name: r.name, level: r.level, parentCode: r.parentCode })),
    aliases: all.filter((r) => r.aliases.length > 0).map((r) => ({ code: r.code, aliases: [...r.aliases] })),
    parents: all
      .filter((r) => r.parentCode !== null)
      .map((r) => ({ code: r.code, parentCode: r.parentCode })),
  };
}

/** Whether a Region node's stored properties are the gazetteer's. */
export const sameRegion = (stored: Row | undefined, region: RegionRecord): boolean =>
  stored !== undefined &&
  stored.name === region.name &&
  stored.level === region.level &&
  (stored.parentCode ?? null) === region.parentCode;
