/**
 * Query prefix for the writer's statements: keep a cached plan even when the statistics change.
 *
 * During a load the database grows from empty, so the statistics drift past Neo4j's divergence
 * threshold again and again and every batch statement was re-planned — measured at 100–300 ms per
 * statement on this machine, more than the writes themselves. The writer's plans are index seeks on
 * uniqueness constraints whatever the data size, so re-planning them cannot find anything better.
 */
export const NO_REPLAN = 'CYPHER replan=skip';
