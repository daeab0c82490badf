// Loads named Cypher queries from cypher/: `read/cascade` resolves to cypher/read/cascade.<engine>.cypher
// when that dialect file exists, else cypher/read/cascade.cypher. A file declares its parameters in
// `// @param name: TYPE` header lines; the executors pass exactly those (Kuzu rejects extra ones).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EngineName } from '../config.js';
import { PolicyCascadeError } from '../errors.js';

/** cypher/ at the project root, from src/graph (tsx) and dist/graph (built) alike. */
export const CYPHER_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../cypher');

export interface CypherParam {
  name: string;
  /** The declared type, e.g. STRING, INTEGER, FLOAT, BOOLEAN, LIST<STRING>, MAP, or a row list
   * with its fields, LIST<MAP{id, name}>. */
  type: string;
  /** Field names of a MAP / LIST<MAP{…}> parameter, when declared. */
  fields: string[];
}

export interface CypherFile {
  name: string;
  file: string;
  params: CypherParam[];
  /** Statements without comment lines; one for queries, several for schema files. */
  statements: string[];
  /**
   * A per-key file (`// @each id IN ids`): written for one element of the caller's list parameter
   * `list`, bound to its own parameter `param`; the executor runs it once per element. A per-row
   * file (`// @each-row IN rows`) binds each field of one row as a parameter (`param` null).
   */
  each: { param: string | null; list: string } | null;
}

const NAME = /^[a-z0-9][a-z0-9-]*(\/[a-z0-9][a-z0-9-]*)*$/;
const PARAM_LINE = /^\s*\/\/\s*@param\s+([A-Za-z_][A-Za-z0-9_]*)\s*:\s*(.+?)\s*$/;
const EACH_LINE = /^\s*\/\/\s*@each\s+([A-Za-z_][A-Za-z0-9_]*)\s+IN\s+([A-Za-z_][A-Za-z0-9_]*)\s*$/;
const EACH_ROW_LINE = /^\s*\/\/\s*@each-row\s+IN\s+([A-Za-z_][A-Za-z0-9_]*)\s*$/;

/** Parses a .cypher file's text: header params and the statements (split at `;` ending a line). */
export function parseCypherFile(name: string, file: string, text: string): CypherFile {
  const params: CypherParam[] = [];
  const body: string[] = [];
  let each: CypherFile['each'] = null;
  for (const line of text.split(/\r?\n/)) {
    const eachLine = EACH_LINE.exec(line);
    if (eachLine) each = { param: eachLine[1], list: eachLine[2] };
    const eachRowLine = EACH_ROW_LINE.exec(line);
    if (eachRowLine) each = { param: null, list: eachRowLine[1] };
    const param = PARAM_LINE.exec(line);
    if (param) {
      const fields =
        /\{([^}]*)\}/
          .exec(param[2])?.[1]
          .split(',')
          .map((f) => f.trim())
          .filter(Boolean) ?? [];
      params.push({ name: param[1], type: param[2].replace(/\{[^}]*\}/, '').toUpperCase(), fields });
    } else if (!/^\s*\/\//.test(line)) body.push(line);
  }
  const statements = body
    .join('\n')
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  if (each?.param && !params.some((p) => p.name === each.param)) {
    throw new PolicyCascadeError(
      'INTERNAL',
      `${file}: @each binds $${each.param}, which is not a declared @param`,
    );
  }
  return { name, file, params, statements, each };
}

export const isListType = (type: string): boolean => type.startsWith('LIST');

/** Resolves and caches named queries for one engine. One loader per store: no global cache. */
export class CypherLoader {
  /** Parsed files by query name; null for a name this engine has no file for. */
  private readonly cache = new Map<string, CypherFile | null>();

  constructor(
    private readonly engine: EngineName,
    private readonly dir: string = CYPHER_DIR,
  ) {}

  load(name: string): CypherFile {
    const parsed = this.find(name);
    if (!parsed)
      throw new PolicyCascadeError('INTERNAL', `No Cypher file for query ${name} (${this.engine})`);
    return parsed;
  }

  /** The query, or null when this engine has no file for it (optional dialect files). */
  find(name: string): CypherFile | null {
    const cached = this.cache.get(name);
    if (cached !== undefined) return cached;
    if (!NAME.test(name))
      throw new PolicyCascadeError('INTERNAL', `Invalid query name: ${JSON.stringify(name)}`);
    const candidates = [
      path.join(this.dir, `${name}.${this.engine}.cypher`),
      path.join(this.dir, `${name}.cypher`),
    ];
    const file = candidates.find((f) => existsSync(f));
    if (!file) {
      this.cache.set(name, null);
      return null;
    }
    const parsed = parseCypherFile(name, file, readFileSync(file, 'utf8'));
    if (parsed.statements.length === 0) throw new PolicyCascadeError('INTERNAL', `Empty Cypher file ${file}`);
    this.cache.set(name, parsed);
    return parsed;
  }

  /** The single statement of a query file (schema files may hold several; queries may not). */
  statement(name: string): { query: CypherFile; text: string } {
    const query = this.load(name);
    if (query.statements.length !== 1) {
      throw new PolicyCascadeError('INTERNAL', `${query.file} must hold exactly one statement`);
    }
    return { query, text: query.statements[0] };
  }
}

/** The declared parameters only, each present (missing ones become null). */
export function declaredParams(query: CypherFile, params: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const p of query.params) out[p.name] = params[p.name] ?? null;
  return out;
}
