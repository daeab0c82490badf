// Neo4j executor: the only code that talks to the server. Managed transactions (executeRead /
// executeWrite) retry transient errors; a connectivity check at open gives a clear error when
// Neo4j is configured but unreachable.
import neo4j from 'neo4j-driver';
import { performance } from 'node:perf_hooks';
import { CypherLoader, declaredParams } from '../cypher-files.js';
import { mapNeo4jError } from './errors.js';
import { fromNeo4j, toNeo4jParam } from './values.js';
const SCHEMA_FILES = ['schema/001-structure', 'schema/002-fulltext'];
export async function openNeo4jEngine(options) {
    const uri = options.uri ?? 'neo4j://localhost:7687';
    const driver = neo4j.driver(uri, neo4j.auth.basic(options.user, options.password), {
        maxTransactionRetryTime: options.maxRetryTime ?? 15_000,
        connectionAcquisitionTimeout: 20_000,
        disableLosslessIntegers: false,
    });
    try {
        await driver.verifyConnectivity({ database: options.database });
    }
    catch (error) {
        await driver.close().catch(() => undefined);
        throw mapNeo4jError(error, uri, 'connecting');
    }
    const loader = new CypherLoader('neo4j');
    const session = () => driver.session({ database: options.database });
    const run = async (tx, name, text, params) => {
        const started = performance.now();
        const result = await tx.run(text, toNeo4jParam(params));
        const rows = result.records.map((record) => fromNeo4j(record.toObject()));
        options.listener?.({ name, rows: rows.length, ms: performance.now() - started });
        return rows;
    };
    const named = (tx, name, params) => {
        const { query, text } = loader.statement(name);
        return run(tx, name, text, declaredParams(query, params));
    };
    return {
        name: 'neo4j',
        async read(name, params = {}) {
            const s = session();
            try {
                return await s.executeRead((tx) => named(tx, name, params));
            }
            catch (error) {
                throw mapNeo4jError(error, uri, `query ${name}`);
            }
            finally {
                await s.close();
            }
        },
        async write(work) {
            const s = session();
            try {
                // The driver may run `work` again after a transient error; each attempt starts clean.
                return await s.executeWrite((tx) => work({ run: (name, params = {}) => named(tx, name, params) }));
            }
            catch (error) {
                throw mapNeo4jError(error, uri, 'write');
            }
            finally {
                await s.close();
            }
        },
        async migrateSchema() {
            // Schema commands cannot share a transaction with others: one auto-commit call each.
            for (const name of SCHEMA_FILES) {
                for (const statement of loader.load(name).statements) {
                    const s = session();
                    try {
                        const started = performance.now();
                        await s.run(statement);
                        options.listener?.({ name, rows: 0, ms: performance.now() - started });
                    }
                    catch (error) {
                        throw mapNeo4jError(error, uri, `migration ${name}`);
                    }
                    finally {
                        await s.close();
                    }
                }
            }
        },
        close: () => driver.close(),
    };
}
//# sourceMappingURL=engine.js.map