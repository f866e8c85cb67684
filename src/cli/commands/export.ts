/**
 * `kg export [--format graph|jsonld|nquads] [--out file]`: the stored graph as graph JSON (default),
 * or as linked data — JSON-LD with the project's @context, or N-Quads — under KG_BASE_URI
 * (docs/linked-data.md). To stdout or a file.
 */
import { writeFileSync } from 'node:fs';
import { exportGraph } from '../../store/export.js';
import { getConfig } from '../../config.js';
import { graphToJsonLd } from '../../linked-data/jsonld.js';
import { toNQuads } from '../../linked-data/rdf.js';
import type { GraphJson } from '../../model/graph-json.js';
import { withStore } from '../store-access.js';
import { InputError } from '../../errors.js';

const FORMATS = ['graph', 'jsonld', 'nquads'] as const;
type Format = (typeof FORMATS)[number];
const USAGE = `usage: kg export [--format ${FORMATS.join('|')}] [--out file]`;

function parseArgs(args: string[]): { out?: string; format: Format } {
  let out: string | undefined;
  let format: Format = 'graph';
  for (let i = 0; i < args.length; i++) {
    const value = args[i + 1];
    if (args[i] === '--out' && value) {
      out = value;
      i++;
    } else if (args[i] === '--format' && value) {
      if (!(FORMATS as readonly string[]).includes(value)) {
        throw new InputError(`export: unknown format ${value} (one of ${FORMATS.join(', ')})`);
      }
      format = value as Format;
      i++;
    } else {
      throw new InputError(`export: unknown argument ${args[i]} (${USAGE})`);
    }
  }
  return { out, format };
}

/** The graph in the chosen format, as the text to write. */
export async function formatGraph(
  graph: GraphJson,
  format: Format,
  base = getConfig().linkedData.baseUri,
): Promise<string> {
  switch (format) {
    case 'graph':
      return `${JSON.stringify(graph, null, 2)}\n`;
    case 'jsonld':
      return `${JSON.stringify(graphToJsonLd(graph, base), null, 2)}\n`;
    case 'nquads':
      return toNQuads(graphToJsonLd(graph, base), base);
  }
}

export async function run(args: string[]): Promise<number> {
  const { out, format } = parseArgs(args);
  const base = getConfig().linkedData.baseUri; // a bad KG_BASE_URI is refused before the database is asked
  const graph = await withStore(({ driver, database }) => exportGraph(driver, { database }));
  const text = await formatGraph(graph, format, base);
  if (out) {
    writeFileSync(out, text);
    console.error(
      `exported ${graph.documents.length} documents, ${graph.nodes.length} nodes, ${graph.edges.length} edges to ${out} (${format})`,
    );
  } else {
    process.stdout.write(text);
  }
  return 0;
}
