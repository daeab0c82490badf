// The GraphStore contract on Neo4j 5: runs when NEO4J_URI is set or a container runtime can
// start neo4j:5 (see test/setup/engines.global.ts); otherwise skipped with the reason printed.
// Each store starts from an empty database (the suite owns the server it is given).
import neo4j from 'neo4j-driver';
import { describe, inject } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { openGraphStore } from '../../src/graph/index.js';
import { graphStoreContract } from './store.contract.js';

const target = inject('neo4j');

if (!target) {
  console.warn(`Skipping the Neo4j GraphStore contract: ${inject('neo4jSkipReason')}`);
}

/** Empties the test database (test-only: the product never wipes a graph). */
async function wipe(uri: string, user: string, password: string): Promise<void> {
  const driver = neo4j.driver(uri, neo4j.auth.basic(user, password));
  const session = driver.session();
  try {
    await session.run('MATCH (n) DETACH DELETE n');
  } finally {
    await session.close();
    await driver.close();
  }
}

(target ? describe : describe.skip)('GraphStore contract: Neo4j', () => {
  graphStoreContract(async ({ faultInjector }) => {
    const { uri, user, password } = target!;
    await wipe(uri, user, password);
    const config = loadConfig({
      GRAPH_ENGINE: 'neo4j',
      NEO4J_URI: uri,
      NEO4J_USER: user,
      NEO4J_PASSWORD: password,
    });
    return openGraphStore(config, { faultInjector });
  });
});
