// The coverage matrix: one row per requirement of a higher-level document, one column per
// lower-level document, each cell saying whether that document implements the requirement
// (strongly, weakly) or shows no evidence of it, and which provisions are behind it. The API
// classifies cells; this module orders them, fills cells the API left out, and counts gaps.
import { LEVEL_RANK, type GovernmentLevel } from '../../domain.js';

export const COVERAGE_STATUSES = ['implemented', 'weak', 'missing'] as const;
export type CoverageStatus = (typeof COVERAGE_STATUSES)[number];

export const COVERAGE_LABEL: Record<CoverageStatus, string> = {
  implemented: '已落实',
  weak: '弱落实',
  missing: '未见落实',
};

export const fromApiCoverageStatus = (status: 'IMPLEMENTED' | 'WEAK' | 'MISSING'): CoverageStatus =>
  status === 'IMPLEMENTED' ? 'implemented' : status === 'WEAK' ? 'weak' : 'missing';

export interface CoverageDocumentInput {
  readonly id: string;
  readonly title: string;
  readonly level: GovernmentLevel | null;
  readonly regionName: string | null;
}

export interface CoverageProvisionRef {
  readonly id: string;
  readonly label: string;
}

export interface CoverageCellInput {
  readonly documentId: string;
  readonly status: CoverageStatus;
  readonly bestScore: number | null;
  readonly provisions: readonly CoverageProvisionRef[];
}

export interface CoverageRequirementInput {
  readonly id: string;
  readonly label: string;
  readonly cells: readonly CoverageCellInput[];
}

export interface CoverageCell extends CoverageCellInput {
  readonly requirementId: string;
}

export interface CoverageMatrix {
  readonly columns: readonly CoverageDocumentInput[];
  readonly rows: readonly {
    readonly id: string;
    readonly label: string;
    readonly cells: readonly CoverageCell[];
  }[];
  /** Per column: how many requirements show no evidence. */
  readonly missingByDocument: ReadonlyMap<string, number>;
  /** Requirements no column shows evidence of. */
  readonly uncovered: readonly string[];
}

export function buildCoverageMatrix(
  requirements: readonly CoverageRequirementInput[],
  documents: readonly CoverageDocumentInput[],
): CoverageMatrix {
  const columns = [...documents].sort(
    (a, b) => rank(a.level) - rank(b.level) || a.title.localeCompare(b.title, 'zh-Hans-CN'),
  );
  const missingByDocument = new Map(columns.map((c) => [c.id, 0]));
  const uncovered: string[] = [];
  const rows = requirements.map((req) => {
    const cells = columns.map((column): CoverageCell => {
      const given = req.cells.find((c) => c.documentId === column.id);
      const cell = given ?? {
        documentId: column.id,
        status: 'missing' as const,
        bestScore: null,
        provisions: [],
      };
      if (cell.status === 'missing')
        missingByDocument.set(column.id, (missingByDocument.get(column.id) ?? 0) + 1);
      return { ...cell, requirementId: req.id };
    });
    if (columns.length > 0 && cells.every((c) => c.status === 'missing')) uncovered.push(req.id);
    return { id: req.id, label: req.label, cells };
  });
  return { columns, rows, missingByDocument, uncovered };
}

function rank(level: GovernmentLevel | null): number {
  return level ? LEVEL_RANK[level] : 99;
}

/** The matrix as CSV rows: requirement, then one status (with best score) per document. */
export function coverageTable(matrix: CoverageMatrix): { headers: string[]; rows: string[][] } {
  const headers = ['要求', ...matrix.columns.map((c) => c.title)];
  const rows = matrix.rows.map((row) => [
    row.label,
    ...row.cells.map((cell) =>
      cell.bestScore === null
        ? COVERAGE_LABEL[cell.status]
        : `${COVERAGE_LABEL[cell.status]} (${cell.bestScore.toFixed(2)})`,
    ),
  ]);
  return { headers, rows };
}
