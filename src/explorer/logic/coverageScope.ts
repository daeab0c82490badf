// A coverage matrix has one column per compared document; against a national corpus that is
// thousands of columns (and a 55 MB answer), which no one can read. Above a limit the view asks
// for a region first: every province and prefecture city on the compared documents' region
// chains, with how many of them lie inside.

/** Most columns the matrix shows at once. */
export const MATRIX_DOCUMENT_LIMIT = 60;

export interface ScopeRegion {
  readonly code: string;
  readonly name: string;
  readonly level: string;
  readonly parent?: ScopeRegion | null;
}

export interface ScopeDocument {
  readonly id: string;
  readonly region: ScopeRegion | null;
}

export interface CoverageScope {
  readonly code: string;
  readonly name: string;
  /** The compared documents of this region or below it, in the input order. */
  readonly documentIds: readonly string[];
}

const SCOPE_LEVELS = new Set(['PROVINCE', 'CITY']);

/** Provinces and prefecture cities holding compared documents, by code (a province before its cities). */
export function coverageScopes(documents: readonly ScopeDocument[]): CoverageScope[] {
  const scopes = new Map<string, { name: string; documentIds: string[] }>();
  for (const document of documents) {
    for (let region = document.region; region; region = region.parent ?? null) {
      if (!SCOPE_LEVELS.has(region.level)) continue;
      const scope = scopes.get(region.code) ?? { name: region.name, documentIds: [] };
      scope.documentIds.push(document.id);
      scopes.set(region.code, scope);
    }
  }
  return [...scopes.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, { name, documentIds }]) => ({ code, name, documentIds }));
}

/** Whether a set of compared documents fits in one matrix. */
export const fitsMatrix = (count: number): boolean => count <= MATRIX_DOCUMENT_LIMIT;
