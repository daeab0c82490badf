// Kuzu executor: the only code that talks to the embedded database. One write connection used
// under a per-store lock (Kuzu allows one write transaction at a time) with explicit
// BEGIN TRANSACTION / COMMIT / ROLLBACK, and a small pool of read connections.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { PolicyCascadeError } from '../../errors.js';
import { CypherLoader } from '../cypher-files.js';
import { PROVISION_FULLTEXT_INDEX } from '../model.js';
import { ConnectionPool, SerialLock } from './pool.js';
import { KuzuConnection, KuzuDatabase } from './module.js';
import { kuzuParamBatches } from './params.js';
import { rowFromKuzu } from './values.js';
const SCHEMA_FILES = ['schema/001-structure'];
const FULLTEXT_FILE = 'schema/002-fulltext';
async function allRows(result) {
    const results = Array.isArray(result) ? result : [result];
    try {
        const last = results[results.length - 1];
        return (await last.getAll()).map((r) => rowFromKuzu(r));
    }
    finally {
        for (const r of results)
            r.close();
    }
}
export async function openKuzuEngine(options) {
    if (options.path !== ':memory:')
        mkdirSync(path.dirname(path.resolve(options.path)), { recursive: true });
    let db;
    try {
        db = new KuzuDatabase(options.path);
        await db.init();
    }
    catch (cause) {
        throw new PolicyCascadeError('STORE_UNAVAILABLE', `Cannot open the Kuzu database at ${options.path}: ${cause.message}`, { cause });
    }
    const loader = new CypherLoader('kuzu');
    const prepared = new WeakMap();
    const writeConnection = new KuzuConnection(db);
    const readers = new ConnectionPool(Array.from({ length: options.readConnections ?? 2 }, () => new KuzuConnection(db)));
    const writeLock = new SerialLock();
    const prepare = async (conn, text) => {
        const cache = prepared.get(conn) ?? new Map();
        prepared.set(conn, cache);
        let statement = cache.get(text);
        if (!statement) {
            statement = await conn.prepare(text);
            if (!statement.isSuccess())
                throw new Error(statement.getErrorMessage());
            cache.set(text, statement);
        }
        return statement;
    };
    const execute = async (conn, name, params) => {
        const { query, text } = loader.statement(name);
        const out = [];
        for (const batch of kuzuParamBatches(query, params)) {
            const started = performance.now();
            const statement = await prepare(conn, text);
            const rows = await allRows(await conn.execute(statement, batch));
            out.push(...rows);
            options.listener?.({ name, rows: rows.length, ms: performance.now() - started });
        }
        return out;
    };
    const raw = async (conn, name, text) => {
        const started = performance.now();
        const rows = await allRows(await conn.query(text));
        options.listener?.({ name, rows: rows.length, ms: performance.now() - started });
        return rows;
    };
    return {
        name: 'kuzu',
        async read(name, params = {}) {
            return readers.use(async (conn) => {
                try {
                    return await execute(conn, name, params);
                }
                catch (cause) {
                    if (cause instanceof PolicyCascadeError)
                        throw cause;
                    throw new PolicyCascadeError('INTERNAL', `Kuzu query ${name} failed: ${cause.message}`, {
                        cause,
                    });
                }
            });
        },
        async write(work) {
            return writeLock.run(async () => {
                await raw(writeConnection, 'BEGIN TRANSACTION', 'BEGIN TRANSACTION');
                try {
                    const result = await work({ run: (name, params = {}) => execute(writeConnection, name, params) });
                    await raw(writeConnection, 'COMMIT', 'COMMIT');
                    return result;
                }
                catch (error) {
                    // Kuzu may already have rolled back a failed statement's transaction.
                    await raw(writeConnection, 'ROLLBACK', 'ROLLBACK').catch(() => undefined);
                    throw error;
                }
            });
        },
        async migrateSchema() {
            await writeLock.run(async () => {
                for (const name of SCHEMA_FILES) {
                    for (const statement of loader.load(name).statements)
                        await raw(writeConnection, name, statement);
                }
                const indexes = await execute(writeConnection, 'admin/indexes', {});
                if (!indexes.some((r) => r.index_name === PROVISION_FULLTEXT_INDEX)) {
                    for (const statement of loader.load(FULLTEXT_FILE).statements) {
                        await raw(writeConnection, FULLTEXT_FILE, statement);
                    }
                }
            });
        },
        async close() {
            await writeLock.run(async () => {
                await readers.drain();
                for (const conn of [writeConnection, ...readers.all()])
                    await conn.close();
                await db.close();
            });
        },
    };
}
//# sourceMappingURL=engine.js.map