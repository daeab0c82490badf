// Readiness probe: a trivial round trip to the engine.
RETURN 1 AS ok
