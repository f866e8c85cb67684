/** What `kg stats` must report after a clean load of a graph, computed from the graph alone. */
import { splitByDocument } from '../../src/store/document-batch.js';
import type { GraphJson } from '../../src/model/graph-json.js';
import type { GraphStats } from '../../src/store/stats.js';
import { STORE_LABELS, STORE_RELATIONSHIPS } from '../../src/store/stats.js';

/** The stats a clean load of `graph` must produce, computed from the graph alone. */
export function expectedStats(graph: GraphJson, texts?: ReadonlyMap<string, string>): GraphStats {
  const { batches } = splitByDocument(graph, texts);
  const labels: Record<string, number> = Object.fromEntries(STORE_LABELS.map((l) => [l, 0]));
  const relationships: Record<string, number> = Object.fromEntries(STORE_RELATIONSHIPS.map((t) => [t, 0]));
  const entities = new Set<string>();
  const edges = new Set<string>();
  let evidence = 0;
  for (const batch of batches) {
    labels['Document']! += 1;
    labels['Passage']! += batch.passages.length;
    relationships['HAS_PASSAGE']! += batch.passages.length;
    labels['TextChunk']! += batch.textChunks.length;
    relationships['HAS_TEXT']! += batch.textChunks.length;
    relationships['MENTIONS']! += batch.nodeCount;
    evidence += batch.evidenceCount;
    for (const [label, rows] of Object.entries(batch.nodes)) {
      for (const row of rows) {
        if (!entities.has(row.id)) labels[label]! += 1;
        entities.add(row.id);
      }
    }
    for (const group of batch.edges) {
      for (const row of group.rows) {
        const key = `${group.type}|${row.from}|${row.to}|${row.kind}`;
        if (!edges.has(key)) relationships[group.type]! += 1;
        edges.add(key);
      }
    }
  }
  labels['Entity'] = entities.size;
  return { labels, relationships, evidence, unproven: 0 };
}
