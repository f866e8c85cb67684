/**
 * The baseline the load benchmark compares against: the obvious writer, one auto-commit Cypher
 * statement per document, passage, text chunk, node and edge, each awaited before the next. It produces the
 * same graph as src/store/writer.ts (same layout, same evidence lists) but without UNWIND batches,
 * pipelining or per-document transactions — so it is neither fast nor atomic. Benchmark use only.
 */
import type { Driver } from 'neo4j-driver';
import { splitByDocument } from '../src/store/document-batch.js';
import type { GraphJson } from '../src/model/graph-json.js';
import { toCypher } from '../src/store/neo4j-values.js';
import { documentProps } from '../src/store/writer.js';

export async function naiveLoad(
  driver: Driver,
  graphs: readonly GraphJson[],
  texts: ReadonlyMap<string, string>,
): Promise<{ seconds: number; statements: number }> {
  const started = performance.now();
  let statements = 0;
  const session = driver.session({ defaultAccessMode: 'WRITE' });
  const run = async (query: string, params: Record<string, unknown>) => {
    statements++;
    await session.run(query, toCypher(params) as Record<string, unknown>);
  };
  try {
    for (const graph of graphs) {
      for (const batch of splitByDocument(graph, texts).batches) {
        const doc = batch.document.id;
        await run('CREATE (d:Document) SET d = $props', { props: documentProps(batch.document, batch.hash) });
        for (const p of batch.passages) {
          await run(
            `MATCH (d:Document {id: $doc})
             CREATE (d)-[:HAS_PASSAGE]->(:Passage {id: $id, doc: $doc, start: $start, end: $end, text: $text})`,
            { doc, ...p },
          );
        }
        for (const c of batch.textChunks) {
          await run(
            `MATCH (d:Document {id: $doc})
             CREATE (d)-[:HAS_TEXT]->(:TextChunk {doc: $doc, start: $start, end: $end, text: $text})`,
            { doc, ...c },
          );
        }
        for (const [label, rows] of Object.entries(batch.nodes)) {
          for (const n of rows) {
            await run(
              `MATCH (d:Document {id: $doc})
               MERGE (n:${label} {id: $id})
               ON CREATE SET n:Entity, n.name = $name, n.aliases = $aliases
               ON MATCH SET n.aliases = n.aliases + [a IN $aliases WHERE NOT a IN n.aliases]
               SET n += $props
               CREATE (d)-[:MENTIONS]->(n)`,
              { doc, ...n },
            );
          }
        }
        for (const group of batch.edges) {
          const identity = group.type === 'DEPENDS_ON' ? ' {kind: $kind}' : '';
          for (const e of group.rows) {
            await run(
              `MATCH (a:${group.fromLabel} {id: $from}) MATCH (b:${group.toLabel} {id: $to})
               MERGE (a)-[r:${group.type}${identity}]->(b)
               SET r += $props,
                   r.evDocs = coalesce(r.evDocs, []) + [x IN $evStarts | $doc],
                   r.evStarts = coalesce(r.evStarts, []) + $evStarts,
                   r.evEnds = coalesce(r.evEnds, []) + $evEnds,
                   r.evQuotes = coalesce(r.evQuotes, []) + $evQuotes,
                   r.evPassages = coalesce(r.evPassages, []) + $evPassages,
                   r.docs = coalesce(r.docs, []) + $doc`,
              { doc, ...e },
            );
          }
        }
      }
    }
  } finally {
    await session.close();
  }
  return { seconds: (performance.now() - started) / 1000, statements };
}
