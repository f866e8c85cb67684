/**
 * `kg stats`: counts per label and per relationship type, plus the evidence items on fact
 * relationships. Label and type counts come from Neo4j's count store (constant time); the evidence
 * total reads every fact relationship once.
 */
import type { Driver } from 'neo4j-driver';
import { EDGE_TYPES, NODE_LABELS } from '../model/graph-json.js';
import { fromCypher } from './neo4j-values.js';
import { COUNT_UNPROVEN } from './provenance.js';

export const STORE_LABELS = ['Entity', ...NODE_LABELS, 'Document', 'Passage', 'TextChunk'] as const;
export const STORE_RELATIONSHIPS = [...EDGE_TYPES, 'MENTIONS', 'HAS_PASSAGE', 'HAS_TEXT'] as const;

export interface GraphStats {
  labels: Record<string, number>;
  relationships: Record<string, number>;
  /** Evidence items over all fact relationships (an edge cited by three documents counts three). */
  evidence: number;
  /**
   * Entity nodes whose aliases or values no document gives (left by a write before provenance was
   * kept, or a bug), or that no document mentions: 0 in a consistent store (provenance.ts).
   */
  unproven: number;
}

export async function graphStats(driver: Driver, options: { database?: string } = {}): Promise<GraphStats> {
  const session = driver.session({ database: options.database, defaultAccessMode: 'READ' });
  try {
    return await session.executeRead(async (tx) => {
      const labels: Record<string, number> = {};
      for (const label of STORE_LABELS) {
        const result = await tx.run(`MATCH (n:${label}) RETURN count(n) AS n`);
        labels[label] = fromCypher(result.records[0]?.get('n')) as number;
      }
      const relationships: Record<string, number> = {};
      for (const type of STORE_RELATIONSHIPS) {
        const result = await tx.run(`MATCH ()-[r:${type}]->() RETURN count(r) AS n`);
        relationships[type] = fromCypher(result.records[0]?.get('n')) as number;
      }
      const evidence = await tx.run(
        `MATCH ()-[r:${EDGE_TYPES.join('|')}]->() RETURN coalesce(sum(size(r.evDocs)), 0) AS n`,
      );
      const unproven = await tx.run(COUNT_UNPROVEN);
      return {
        labels,
        relationships,
        evidence: fromCypher(evidence.records[0]?.get('n')) as number,
        unproven: fromCypher(unproven.records[0]?.get('n')) as number,
      };
    });
  } finally {
    await session.close();
  }
}

/** Aligned text table for the terminal. */
export function formatStats(stats: GraphStats): string {
  const rows: Array<[string, number]> = [
    ...Object.entries(stats.labels).map(([k, v]): [string, number] => [`(:${k})`, v]),
    ...Object.entries(stats.relationships).map(([k, v]): [string, number] => [`[:${k}]`, v]),
    ['evidence items', stats.evidence],
    ['unproven nodes', stats.unproven],
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  return rows.map(([k, v]) => `${k.padEnd(width)}  ${String(v).padStart(8)}`).join('\n');
}
