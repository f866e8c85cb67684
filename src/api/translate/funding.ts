/**
 * Funding sums grouped by place, agency, kind or document. Each amount is counted once per group
 * (an amount funding two projects in one district counts once there); an amount linked to two
 * groups appears in both, so group totals are not meant to be added up across groups.
 */
import { Conditions, pageReturn, PLACE_DEPTH } from './fragments.js';
import { statement, type Statement } from './statement.js';
import type { PageWindow } from '../pagination.js';
import type { FundingGroupBy } from '../schema/enums.js';

export interface FundingQuery {
  kind?: string | null;
  placeId?: string | null;
  agencyId?: string | null;
  documentId?: string | null;
  projectId?: string | null;
}

/**
 * One row `(f, g)` per group `g` of amount `f`; `g` is null for an amount with no such group. Rows may
 * repeat (two projects of one amount in one place): the grouping collects DISTINCT amounts. Plain
 * (OPTIONAL) MATCH rather than a COLLECT subquery per amount: the planner expands all amounts at once.
 */
const GROUPS: Record<FundingGroupBy, string> = {
  KIND: 'WITH f, f.kind AS g',
  PLACE: 'OPTIONAL MATCH (f)-[:FUNDS]->(:Project)-[:LOCATED_IN]->(g:Place)',
  AGENCY: `OPTIONAL CALL (f) {
  MATCH (f)-[:FUNDS]->(:Project)<-[:LEADS]-(g:Agency) RETURN g
  UNION
  MATCH (f)-[:FUNDS]->(g:Agency) RETURN g
}`,
  DOCUMENT: 'OPTIONAL MATCH (g:Document)-[:MENTIONS]->(f)',
};

const KEYS: Record<FundingGroupBy, string> = {
  KIND: 'g AS key, g AS name',
  PLACE: 'g.id AS key, g.name AS name',
  AGENCY: 'g.id AS key, g.name AS name',
  DOCUMENT: 'g.id AS key, coalesce(g.title, g.file) AS name',
};

export function fundingConditions(query: FundingQuery): Conditions {
  const c = new Conditions();
  if (query.kind) c.add('f.kind = $kind', { kind: query.kind });
  if (query.placeId) {
    c.add(
      `EXISTS { MATCH (f)-[:FUNDS]->(:Project)-[:LOCATED_IN]->(:Place)-[:PART_OF*0..${PLACE_DEPTH}]->(:Place {id: $placeId}) }`,
      { placeId: query.placeId },
    );
  }
  if (query.agencyId) {
    c.add(
      `(EXISTS { MATCH (f)-[:FUNDS|PROVIDED_BY]->(:Agency {id: $agencyId}) }
  OR EXISTS { MATCH (f)-[:FUNDS]->(:Project)<-[:LEADS]-(:Agency {id: $agencyId}) })`,
      { agencyId: query.agencyId },
    );
  }
  if (query.documentId) {
    c.add('EXISTS { MATCH (:Document {id: $documentId})-[:MENTIONS]->(f) }', {
      documentId: query.documentId,
    });
  }
  if (query.projectId)
    c.add('EXISTS { MATCH (f)-[:FUNDS]->(:Project {id: $projectId}) }', { projectId: query.projectId });
  return c;
}

export function fundingSummary(groupBy: FundingGroupBy, query: FundingQuery, window: PageWindow): Statement {
  const c = fundingConditions(query);
  return statement(
    `MATCH (f:Funding) ${c.where()}
${GROUPS[groupBy]}
WITH g, collect(DISTINCT f) AS amounts
WITH ${KEYS[groupBy]}, reduce(s = 0.0, x IN amounts | s + coalesce(x.yuan, 0.0)) AS totalYuan, size(amounts) AS count
WITH {key: key, name: name, totalYuan: totalYuan, count: count} AS grp ORDER BY totalYuan DESC, name
${pageReturn('grp', (x) => x, window.counted)}`,
    { ...c.params, ...window },
  );
}
