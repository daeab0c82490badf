// Maps Neo4j driver errors to the project's typed errors: connectivity and authentication
// problems are STORE_UNAVAILABLE (with the URI, so a misconfiguration is obvious); failures inside
// a write are STORE_WRITE_FAILED (the store layer adds what was being written).
import { Neo4jError } from 'neo4j-driver';
import { PolicyCascadeError } from '../../errors.js';

const UNAVAILABLE = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.ClientError.Security.Unauthorized',
  'Neo.ClientError.Security.AuthenticationRateLimit',
  'Neo.ClientError.Database.DatabaseNotFound',
]);

export function isUnavailable(error: unknown): boolean {
  return error instanceof Neo4jError && UNAVAILABLE.has(error.code);
}

export function mapNeo4jError(error: unknown, uri: string, context: string): PolicyCascadeError {
  if (error instanceof PolicyCascadeError) return error;
  const message = error instanceof Error ? error.message : String(error);
  if (isUnavailable(error)) {
    return new PolicyCascadeError(
      'STORE_UNAVAILABLE',
      `Neo4j at ${uri} is unreachable or refused us (${context}): ${message}`,
      {
        cause: error,
      },
    );
  }
  return new PolicyCascadeError('INTERNAL', `Neo4j ${context} failed: ${message}`, { cause: error });
}
