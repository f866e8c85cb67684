/**
 * Checks a graph JSON object against the contract (docs/graph-json.md) before anything is written.
 *
 * Loading is per document and atomic, but a bad item (an unknown label, a dangling edge, evidence
 * without a quote) would otherwise surface as a Cypher error half-way through a batch, or worse, be
 * written silently. So the whole input is checked first and refused with a message that names the
 * item and the reason.
 */
import {
  AGENCY_KINDS,
  DEPENDENCY_KINDS,
  EDGE_ENDS,
  EDGE_TYPES,
  FUNDING_KINDS,
  GENRES,
  GRAPH_JSON_VERSION,
  NODE_LABELS,
  PLACE_LEVELS,
  PROJECT_KINDS,
  type EdgeType,
  type GraphJson,
  type NodeLabel,
} from '../model/graph-json.js';
import { isCalendarDate, MAX_ALIASES, TEXT_LIMITS } from '../model/limits.js';
import { clipInput, InputError, quoteInput } from '../errors.js';

/** Properties the store sets itself on entity nodes; graph JSON `props` must not overwrite them. */
export const RESERVED_NODE_PROPS = ['id', 'name', 'aliases'] as const;
/** Properties the store sets itself on fact relationships. */
export const RESERVED_EDGE_PROPS = [
  'evDocs',
  'evStarts',
  'evEnds',
  'evQuotes',
  'evPassages',
  'docs',
] as const;

/** How many problems the error message lists before "… and N more". */
const MAX_LISTED = 10;

/** Graph JSON that breaks the contract: the user's file, or (from the extractor) a bug. */
export class InvalidGraphError extends InputError {
  constructor(
    readonly source: string,
    readonly problems: string[],
  ) {
    const listed = problems.slice(0, MAX_LISTED);
    const more = problems.length > MAX_LISTED ? [`… and ${problems.length - MAX_LISTED} more`] : [];
    super(
      problems.length === 1
        ? `${source}: ${problems[0]}`
        : `${source}: ${problems.length} problems in the graph JSON:\n${listed
            .concat(more)
            .map((p) => `  - ${p}`)
            .join('\n')}`,
    );
  }
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}

function isScalar(value: unknown): boolean {
  return (
    value === null ||
    typeof value === 'string' ||
    typeof value === 'boolean' ||
    (typeof value === 'number' && Number.isFinite(value))
  );
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

/**
 * Node props whose values are enums of the contract (they are GraphQL enums in the API, where any
 * other value would fail every query that reads it). null is allowed: it gives no value.
 */
const NODE_ENUMS: Partial<Record<NodeLabel, Record<string, readonly string[]>>> = {
  Agency: { kind: AGENCY_KINDS },
  Project: { kind: PROJECT_KINDS },
  Place: { level: PLACE_LEVELS },
  Funding: { kind: FUNDING_KINDS },
};

/** A string field longer than its limit (TEXT_LIMITS), as a problem of `where`; undefined when it fits. */
function tooLong(where: string, field: string, value: unknown, limit: number): string | undefined {
  return typeof value === 'string' && value.length > limit
    ? `${where}: ${field} has ${value.length} characters, more than ${limit}: ${quoteInput(value)}`
    : undefined;
}

function pushIf(problems: string[], problem: string | undefined): void {
  if (problem !== undefined) problems.push(problem);
}

/**
 * Returns the input typed as GraphJson when it satisfies the contract; otherwise throws an
 * InvalidGraphError listing the first problems, each prefixed by the item it concerns.
 */
export function validateGraph(graph: unknown, source: string): GraphJson {
  const problems = graphProblems(graph);
  if (problems.length > 0) throw new InvalidGraphError(source, problems);
  return graph as GraphJson;
}

/** Every problem found, in input order; empty when the graph is valid. Pure. */
export function graphProblems(graph: unknown): string[] {
  const problems: string[] = [];
  if (!isObject(graph)) return ['the top level is not a JSON object'];
  if (graph.version !== GRAPH_JSON_VERSION) {
    problems.push(`version is ${quoteInput(graph.version)}, expected ${GRAPH_JSON_VERSION}`);
  }
  for (const key of ['documents', 'nodes', 'edges'] as const) {
    if (!Array.isArray(graph[key])) problems.push(`"${key}" is missing or not an array`);
  }
  if (problems.length > 0) return problems;

  const docChars = checkDocuments(graph.documents as unknown[], problems);
  const nodeLabels = checkNodes(graph.nodes as unknown[], problems);
  checkEdges(graph.edges as unknown[], docChars, nodeLabels, problems);
  return problems;
}

/** Returns document id → chars, for the evidence checks. */
function checkDocuments(documents: unknown[], problems: string[]): Map<string, number> {
  const chars = new Map<string, number>();
  const files = new Map<string, number>();
  documents.forEach((doc, i) => {
    if (!isObject(doc)) {
      problems.push(`document #${i} is not an object`);
      return;
    }
    const where = `document #${i}${typeof doc.id === 'string' ? ` ${clipInput(doc.id)}` : ''}`;
    if (!isNonEmptyString(doc.id)) problems.push(`${where}: "id" is missing or empty`);
    if (!isNonEmptyString(doc.file)) problems.push(`${where}: "file" is missing or empty`);
    for (const key of ['id', 'file', 'title', 'issuer', 'jurisdiction'] as const) {
      if (key !== 'id' && key !== 'file' && typeof doc[key] !== 'string')
        problems.push(`${where}: "${key}" is not a string`);
      pushIf(problems, tooLong(where, key, doc[key], TEXT_LIMITS[key]));
    }
    if (!GENRES.includes(doc.genre as never)) {
      problems.push(`${where}: genre ${quoteInput(doc.genre)} is not one of ${GENRES.join(', ')}`);
    }
    if (doc.date !== null && !(typeof doc.date === 'string' && isCalendarDate(doc.date))) {
      problems.push(`${where}: date ${quoteInput(doc.date)} is neither null nor a calendar date YYYY-MM-DD`);
    }
    if (!isCount(doc.chars)) problems.push(`${where}: "chars" is not a non-negative integer`);
    if (doc.files !== undefined) {
      const names = doc.files;
      if (!Array.isArray(names) || !names.every(isNonEmptyString) || names[0] !== doc.file) {
        problems.push(`${where}: "files" is not a list of file names starting with "file"`);
      }
    }
    if (typeof doc.id === 'string') {
      if (chars.has(doc.id)) problems.push(`${where}: duplicate document id`);
      else chars.set(doc.id, isCount(doc.chars) ? doc.chars : Number.POSITIVE_INFINITY);
    }
    if (typeof doc.file === 'string') {
      const first = files.get(doc.file);
      // Two documents with one file name would replace each other on load.
      if (first !== undefined)
        problems.push(`${where}: file ${clipInput(doc.file)} is also the file of document #${first}`);
      else files.set(doc.file, i);
    }
  });
  return chars;
}

/** Returns node id → label (null when the label is itself wrong: reported once, here), for the edge checks. */
function checkNodes(nodes: unknown[], problems: string[]): Map<string, NodeLabel | null> {
  const labels = new Map<string, NodeLabel | null>();
  nodes.forEach((node, i) => {
    if (!isObject(node)) {
      problems.push(`node #${i} is not an object`);
      return;
    }
    const where = `node #${i}${typeof node.id === 'string' ? ` ${clipInput(node.id)}` : ''}`;
    const labelOk = NODE_LABELS.includes(node.label as never);
    if (!isNonEmptyString(node.id)) problems.push(`${where}: "id" is missing or empty`);
    if (!labelOk) {
      problems.push(
        `${where}: unknown label ${quoteInput(node.label)} (expected one of ${NODE_LABELS.join(', ')})`,
      );
    }
    if (!isNonEmptyString(node.name)) problems.push(`${where}: "name" is missing or empty`);
    pushIf(problems, tooLong(where, 'id', node.id, TEXT_LIMITS.id));
    pushIf(problems, tooLong(where, 'name', node.name, TEXT_LIMITS.name));
    if (node.aliases !== undefined) checkAliases(node.aliases, where, problems);
    checkProps(node.props, RESERVED_NODE_PROPS, where, problems);
    if (labelOk && isObject(node.props))
      checkNodeValues(node.label as NodeLabel, node.props, where, problems);
    if (typeof node.id === 'string') {
      if (labels.has(node.id)) problems.push(`${where}: duplicate node id`);
      else labels.set(node.id, labelOk ? (node.label as NodeLabel) : null);
    }
  });
  return labels;
}

function checkAliases(aliases: unknown, where: string, problems: string[]): void {
  if (!Array.isArray(aliases)) problems.push(`${where}: "aliases" is not an array`);
  else if (!aliases.every(isNonEmptyString))
    problems.push(`${where}: "aliases" has an empty or non-string item`);
  else if (aliases.length > MAX_ALIASES)
    problems.push(`${where}: "aliases" has ${aliases.length} items, more than ${MAX_ALIASES}`);
  else {
    const long = aliases.find((a) => a.length > TEXT_LIMITS.name);
    pushIf(problems, tooLong(where, 'an alias', long, TEXT_LIMITS.name));
  }
}

/** Enum props and the amount of a Funding (types and lengths: checkProps). */
function checkNodeValues(label: NodeLabel, props: Json, where: string, problems: string[]): void {
  for (const [key, allowed] of Object.entries(NODE_ENUMS[label] ?? {})) {
    const value = props[key];
    if (value !== undefined && value !== null && !allowed.includes(value as string)) {
      problems.push(`${where}: props.${key} ${quoteInput(value)} is not one of ${allowed.join(', ')}`);
    }
  }
  if (
    label === 'Funding' &&
    props.yuan !== undefined &&
    props.yuan !== null &&
    typeof props.yuan !== 'number'
  )
    problems.push(`${where}: props.yuan ${quoteInput(props.yuan)} is not a number`);
}

function checkProps(props: unknown, reserved: readonly string[], where: string, problems: string[]): void {
  if (!isObject(props)) {
    problems.push(`${where}: "props" is missing or not an object`);
    return;
  }
  for (const [key, value] of Object.entries(props)) {
    const field = `props.${clipInput(key)}`;
    if (reserved.includes(key)) problems.push(`${where}: ${field} is reserved by the store`);
    else if (!isScalar(value)) problems.push(`${where}: ${field} is not a string, number, boolean or null`);
    const limit = key === 'jurisdiction' ? TEXT_LIMITS.jurisdiction : TEXT_LIMITS.prop;
    pushIf(problems, tooLong(where, field, value, limit));
  }
}

function checkEdges(
  edges: unknown[],
  docChars: Map<string, number>,
  nodeLabels: Map<string, NodeLabel | null>,
  problems: string[],
): void {
  edges.forEach((edge, i) => {
    if (!isObject(edge)) {
      problems.push(`edge #${i} is not an object`);
      return;
    }
    const where = `edge #${i} ${clipInput(String(edge.type))} ${clipInput(String(edge.from))} -> ${clipInput(String(edge.to))}`;
    const typeOk = EDGE_TYPES.includes(edge.type as never);
    if (!typeOk) {
      problems.push(
        `${where}: unknown edge type ${quoteInput(edge.type)} (expected one of ${EDGE_TYPES.join(', ')})`,
      );
    }
    for (const [end, index] of [
      ['from', 0],
      ['to', 1],
    ] as const) {
      const id = edge[end];
      if (!isNonEmptyString(id)) {
        problems.push(`${where}: "${end}" is missing or empty`);
        continue;
      }
      const label = nodeLabels.get(id);
      if (label === undefined) {
        problems.push(`${where}: "${end}" ${clipInput(id)} is not a node of this graph (dangling edge)`);
        continue;
      }
      if (typeOk && label !== null) {
        const allowed: readonly NodeLabel[] = EDGE_ENDS[edge.type as EdgeType][index];
        if (!allowed.includes(label)) {
          problems.push(
            `${where}: "${end}" is a ${label}, ${String(edge.type)} needs ${allowed.join(' or ')}`,
          );
        }
      }
    }
    checkProps(edge.props, RESERVED_EDGE_PROPS, where, problems);
    if (
      edge.type === 'DEPENDS_ON' &&
      isObject(edge.props) &&
      !DEPENDENCY_KINDS.includes(edge.props.kind as never)
    ) {
      problems.push(
        `${where}: props.kind ${quoteInput(edge.props.kind)} is not one of ${DEPENDENCY_KINDS.join(', ')}`,
      );
    }
    checkEvidence(edge.evidence, docChars, where, problems);
  });
}

function checkEvidence(
  evidence: unknown,
  docChars: Map<string, number>,
  where: string,
  problems: string[],
): void {
  if (!Array.isArray(evidence) || evidence.length === 0) {
    problems.push(`${where}: has no evidence (every edge needs at least one evidence item)`);
    return;
  }
  evidence.forEach((item, j) => {
    const at = `${where}: evidence #${j}`;
    if (!isObject(item)) {
      problems.push(`${at} is not an object`);
      return;
    }
    const chars = typeof item.doc === 'string' ? docChars.get(item.doc) : undefined;
    if (chars === undefined)
      problems.push(`${at} cites ${quoteInput(item.doc)}, which is not a document of this graph`);
    if (!isCount(item.start) || !isCount(item.end)) {
      problems.push(
        `${at} has a span that is not two non-negative integers (start ${quoteInput(item.start)}, end ${quoteInput(item.end)})`,
      );
    } else if (item.start >= item.end) {
      problems.push(`${at} has an empty or reversed span ${item.start}-${item.end}`);
    } else if (chars !== undefined && item.end > chars) {
      problems.push(`${at} ends at ${item.end}, past the end of the document (${chars} chars)`);
    }
    if (typeof item.quote !== 'string' || item.quote.length === 0) {
      problems.push(`${at} has no quote`);
    } else if (isCount(item.start) && isCount(item.end) && item.quote.length !== item.end - item.start) {
      problems.push(`${at} has a quote of ${item.quote.length} chars for a span of ${item.end - item.start}`);
    }
  });
}
