// Global setup of the integration project: makes a Neo4j available to the graph-store contract
// suite when possible. NEO4J_URI (with NEO4J_USER / NEO4J_PASSWORD) wins; otherwise a neo4j:5
// testcontainer is started when a container runtime is available; otherwise tests read
// inject('neo4j') === null and the reason from inject('neo4jSkipReason') and skip.
import type { TestProject } from 'vitest/node';

export interface Neo4jTarget {
  uri: string;
  user: string;
  password: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: Neo4jTarget | null;
    neo4jSkipReason: string;
  }
}

const NEO4J_IMAGE = 'neo4j:5';

export default async function setup(project: TestProject) {
  if (process.env.NEO4J_URI) {
    project.provide('neo4j', {
      uri: process.env.NEO4J_URI,
      user: process.env.NEO4J_USER ?? 'neo4j',
      password: process.env.NEO4J_PASSWORD ?? 'policy-cascade',
    });
    project.provide('neo4jSkipReason', '');
    return;
  }
  try {
    const { getContainerRuntimeClient } = await import('testcontainers');
    await getContainerRuntimeClient();
  } catch (error) {
    project.provide('neo4j', null);
    project.provide(
      'neo4jSkipReason',
      `NEO4J_URI is not set and no container runtime is usable (${(error as Error).message.split('\n')[0]})`,
    );
    return;
  }
  const { Neo4jContainer } = await import('@testcontainers/neo4j');
  const container = await new Neo4jContainer(NEO4J_IMAGE).withPassword('policy-cascade').start();
  project.provide('neo4j', {
    uri: container.getBoltUri(),
    user: container.getUsername(),
    password: container.getPassword(),
  });
  project.provide('neo4jSkipReason', '');
  return async () => {
    await container.stop();
  };
}
