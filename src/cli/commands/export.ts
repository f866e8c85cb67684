/** `kg export [--out graph.json]`: the stored graph as graph JSON, to stdout or a file. */
import { writeFileSync } from 'node:fs';
import { exportGraph } from '../../store/export.js';
import { withStore } from '../store-access.js';
import { InputError } from '../../errors.js';

export async function run(args: string[]): Promise<number> {
  let out: string | undefined;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--out' && args[i + 1]) out = args[++i];
    else throw new InputError(`export: unknown argument ${args[i]} (usage: kg export [--out graph.json])`);
  }
  const graph = await withStore(({ driver, database }) => exportGraph(driver, { database }));
  const json = `${JSON.stringify(graph, null, 2)}\n`;
  if (out) {
    writeFileSync(out, json);
    console.error(
      `exported ${graph.documents.length} documents, ${graph.nodes.length} nodes, ${graph.edges.length} edges to ${out}`,
    );
  } else {
    process.stdout.write(json);
  }
  return 0;
}
