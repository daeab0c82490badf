// Loads named Cypher queries from cypher/: `read/cascade` resolves to cypher/read/cascade.<engine>.cypher
// when that dialect file exists, else cypher/read/cascade.cypher. A file declares its parameters in
// `// @param name: TYPE` header lines; the executors pass exactly those (Kuzu rejects extra ones).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PolicyCascadeError } from '../errors.js';
/** cypher/ at the project root, from src/graph (tsx) and dist/graph (built) alike. */
export const CYPHER_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../cypher');
const NAME = /^[a-z0-9][a-z0-9-]*(\/[a-z0-9][a-z0-9-]*)*$/;
const PARAM_LINE = /^\s*\/\/\s*@param\s+([A-Za-z_][A-Za-z0-9_]*)\s*:\s*(.+?)\s*$/;
/** Parses a .cypher file's text: header params and the statements (split at `;` ending a line). */
export function parseCypherFile(name, file, text) {
    const params = [];
    const body = [];
    for (const line of text.split(/\r?\n/)) {
        const param = PARAM_LINE.exec(line);
        if (param) {
            const fields = /\{([^}]*)\}/.exec(param[2])?.[1].split(',').map((f) => f.trim()).filter(Boolean) ?? [];
            params.push({ name: param[1], type: param[2].replace(/\{[^}]*\}/, '').toUpperCase(), fields });
        }
        else if (!/^\s*\/\//.test(line))
            body.push(line);
    }
    const statements = body
        .join('\n')
        .split(/;\s*(?:\n|$)/)
        .map((s) => s.trim())
        .filter((s) => s.length > 0);
    return { name, file, params, statements };
}
export const isListType = (type) => type.startsWith('LIST');
/** Resolves and caches named queries for one engine. One loader per store: no global cache. */
export class CypherLoader {
    constructor(engine, dir = CYPHER_DIR) {
        this.engine = engine;
        this.dir = dir;
        this.cache = new Map();
    }
    load(name) {
        const cached = this.cache.get(name);
        if (cached)
            return cached;
        if (!NAME.test(name))
            throw new PolicyCascadeError('INTERNAL', `Invalid query name: ${JSON.stringify(name)}`);
        const candidates = [path.join(this.dir, `${name}.${this.engine}.cypher`), path.join(this.dir, `${name}.cypher`)];
        const file = candidates.find((f) => existsSync(f));
        if (!file)
            throw new PolicyCascadeError('INTERNAL', `No Cypher file for query ${name} (${this.engine})`);
        const parsed = parseCypherFile(name, file, readFileSync(file, 'utf8'));
        if (parsed.statements.length === 0)
            throw new PolicyCascadeError('INTERNAL', `Empty Cypher file ${file}`);
        this.cache.set(name, parsed);
        return parsed;
    }
    /** The single statement of a query file (schema files may hold several; queries may not). */
    statement(name) {
        const query = this.load(name);
        if (query.statements.length !== 1) {
            throw new PolicyCascadeError('INTERNAL', `${query.file} must hold exactly one statement`);
        }
        return { query, text: query.statements[0] };
    }
}
/** The declared parameters only, each present (missing ones become null). */
export function declaredParams(query, params) {
    const out = {};
    for (const p of query.params)
        out[p.name] = params[p.name] ?? null;
    return out;
}
//# sourceMappingURL=cypher-files.js.map