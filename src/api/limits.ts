/**
 * Limits on what one request may ask for, all checked before any Cypher runs:
 * - length: the query text, before it is parsed (MAX_QUERY_CHARS, graphql-http.ts), and the tokens
 *   the parser reads (MAX_TOKENS): parsing and validating a request stays cheap whatever its size;
 * - root fields and aliases (MAX_ROOT_FIELDS, MAX_ALIASES): each root field is at least one
 *   statement, and aliases are how one request asks for the same statement many times;
 * - depth: nesting of fields (introspection fields excluded: GraphiQL's own query is deep);
 * - complexity: a cost where each field costs 1, a field that runs a statement STATEMENT_COST more,
 *   and a list multiplies the cost of what it contains (a connection by its `first`, at most the
 *   page size; another list by a guess of its length).
 * Page size itself is enforced where pages are read (pagination.ts), and run time by the request's
 * time budget (request-budget.ts), which bounds every statement's transaction timeout.
 *
 * Both numbers are remembered per parsed document (Apollo keeps one DocumentNode per query string in
 * its document cache) and, for complexity, per variable values: a client repeating its questions pays
 * for the analysis once.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type SelectionSetNode,
  visit,
} from 'graphql';
import { InputError } from '../errors.js';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './pagination.js';

export const MAX_DEPTH = 12;
export const MAX_COMPLEXITY = 50_000;
/** Characters of query text accepted; GraphiQL's introspection query is about 2,000. */
export const MAX_QUERY_CHARS = 20_000;
/** Tokens graphql-js parses before it gives up (its `maxTokens`): a backstop to MAX_QUERY_CHARS. */
export const MAX_TOKENS = 5_000;
/** Root fields of one operation (fragments followed): each runs at least one statement. */
export const MAX_ROOT_FIELDS = 20;
/** Aliased fields in one request. */
export const MAX_ALIASES = 50;
/** What a field that runs a Cypher statement costs on top of the rows it returns. */
export const STATEMENT_COST = 10;
/** Wall-clock time all statements of one request may take together (request-budget.ts). */
export const REQUEST_BUDGET_MS = 15_000;
/** Assumed length of a plain list field (leads, places, …): such lists are short in this graph. */
export const LIST_GUESS = 5;

function limitError(message: string, extra: Record<string, unknown>): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'BAD_USER_INPUT', ...extra, http: { status: 400 } },
  });
}

/** Refuses query text longer than MAX_QUERY_CHARS, before anything parses it. */
export function checkQueryLength(query: unknown, maxChars = MAX_QUERY_CHARS): void {
  if (typeof query !== 'string' || query.length <= maxChars) return;
  throw new InputError(
    `The query is ${query.length} characters long; the limit is ${maxChars} (send fewer fields or aliases)`,
    { limit: 'queryLength', length: query.length, maxChars },
  );
}

/**
 * Fields that run a Cypher statement of their own (a root field always does). Relation fields read
 * through the per-request loaders run one statement per level, for all parents together.
 */
export const STATEMENT_FIELDS: ReadonlySet<string> = new Set([
  ...['facts', 'coOwners', 'projects', 'parent', 'children', 'places', 'funding', 'documents'].map(
    (f) => `Agency.${f}`,
  ),
  ...['facts', 'text', 'entityCount', 'factCount', 'factCounts'].map((f) => `Document.${f}`),
  'Evidence.document',
  'Fact.from',
  'Fact.to',
  ...['recipients', 'providers', 'evidence', 'facts', 'documents'].map((f) => `Funding.${f}`),
  'Person.oversees',
  'Person.facts',
  ...['facts', 'parent', 'children', 'agencies', 'projects'].map((f) => `Place.${f}`),
  ...[
    'leads',
    'assistants',
    'roles',
    'places',
    'overseers',
    'funding',
    'dependsOn',
    'dependents',
    'documents',
    'facts',
    'evidence',
  ].map((f) => `Project.${f}`),
]);

const ROOT_TYPES = new Set(['Query', 'Mutation']);

function runsStatement(typeName: string, fieldName: string): boolean {
  if (fieldName.startsWith('__')) return false;
  return ROOT_TYPES.has(typeName) || STATEMENT_FIELDS.has(`${typeName}.${fieldName}`);
}

/** How many root fields the operation selects (fragments followed), and how many aliases the document has. */
export function fieldCounts(
  document: DocumentNode,
  operationName?: string | null,
): { rootFields: number; aliases: number } {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const rootsOf = (set: SelectionSetNode, visiting: ReadonlySet<string>): number => {
    let count = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) count += selection.name.value.startsWith('__') ? 0 : 1;
      else if (selection.kind === Kind.INLINE_FRAGMENT) count += rootsOf(selection.selectionSet, visiting);
      else {
        const fragment = fragments.get(selection.name.value);
        if (fragment && !visiting.has(fragment.name.value)) {
          count += rootsOf(fragment.selectionSet, new Set([...visiting, fragment.name.value]));
        }
      }
    }
    return count;
  };
  let rootFields = 0;
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    if (operationName && definition.name?.value !== operationName) continue;
    rootFields = Math.max(rootFields, rootsOf(definition.selectionSet, new Set()));
  }
  let aliases = 0;
  visit(document, {
    Field(node) {
      if (node.alias) aliases++;
    },
  });
  return { rootFields, aliases };
}

function checkFieldCounts(counts: { rootFields: number; aliases: number }): void {
  if (counts.rootFields > MAX_ROOT_FIELDS) {
    throw limitError(
      `The operation has ${counts.rootFields} root fields; the limit is ${MAX_ROOT_FIELDS} (send several requests)`,
      { limit: 'rootFields', rootFields: counts.rootFields, maxRootFields: MAX_ROOT_FIELDS },
    );
  }
  if (counts.aliases > MAX_ALIASES) {
    throw limitError(`The request has ${counts.aliases} aliases; the limit is ${MAX_ALIASES}`, {
      limit: 'aliases',
      aliases: counts.aliases,
      maxAliases: MAX_ALIASES,
    });
  }
}

/** Deepest field nesting of the selection, following fragments; `__schema`/`__type` subtrees are skipped. */
export function selectionDepth(
  selectionSet: SelectionSetNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  visiting: ReadonlySet<string> = new Set(),
): number {
  let deepest = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith('__')) continue;
      const inner = selection.selectionSet ? selectionDepth(selection.selectionSet, fragments, visiting) : 0;
      deepest = Math.max(deepest, 1 + inner);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, selectionDepth(selection.selectionSet, fragments, visiting));
    } else {
      const name = selection.name.value;
      const fragment = fragments.get(name);
      // A fragment cycle is a validation error reported elsewhere; do not loop on it.
      if (!fragment || visiting.has(name)) continue;
      deepest = Math.max(
        deepest,
        selectionDepth(fragment.selectionSet, fragments, new Set([...visiting, name])),
      );
    }
  }
  return deepest;
}

export function operationDepth(document: DocumentNode, operationName?: string | null): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  let deepest = 0;
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    if (operationName && definition.name?.value !== operationName) continue;
    deepest = Math.max(deepest, selectionDepth(definition.selectionSet, fragments));
  }
  return deepest;
}

/**
 * Cost of a field: 1 (STATEMENT_COST more if it runs a statement) plus its children's cost times how
 * many of them a list may hold.
 */
export const listCostEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  // Read the type from its printed form ("[Agency!]!", "ProjectConnection!"): graphql-query-complexity
  // loads graphql as CommonJS, so instanceof-based helpers from the ESM build reject its types.
  const printed = String(field.type).replace(/!$/, '');
  const isList = printed.startsWith('[');
  let multiplier = 1;
  if (!isList && printed.endsWith('Connection')) {
    const first = typeof args.first === 'number' ? args.first : DEFAULT_PAGE_SIZE;
    multiplier = Math.min(Math.max(first, 0), MAX_PAGE_SIZE);
  } else if (isList && field.name !== 'edges') {
    // `edges` is already counted by its connection's `first`.
    multiplier = LIST_GUESS;
  }
  const own = runsStatement(type.name, field.name) ? 1 + STATEMENT_COST : 1;
  return own + childComplexity * multiplier;
};

export function queryComplexity(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
  operationName?: string | null,
): number {
  return getComplexity({
    schema,
    query: document,
    variables,
    operationName: operationName ?? undefined,
    estimators: [listCostEstimator],
  });
}

/** Variable sets remembered per document; past this many, that document's memo starts again. */
const MEMO_VARIABLE_SETS = 64;

interface Memo {
  counts: Map<string, { rootFields: number; aliases: number }>;
  depth: Map<string, number>;
  complexity: Map<string, number>;
}

/**
 * graphql-query-complexity coerces the variables itself: a missing or ill-typed one is the client's
 * error (the same message execution would give), not an internal one.
 */
function complexityOrInputError(measure: () => number): number {
  try {
    return measure();
  } catch (error) {
    // Its GraphQLError is from graphql's CJS build: compare by name, not instanceof.
    if (error instanceof Error && error.name === 'GraphQLError') {
      throw new GraphQLError(error.message, {
        extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
      });
    }
    throw error;
  }
}

export function limitsPlugin<T extends object>(
  schema: GraphQLSchema,
  limits: { maxDepth?: number; maxComplexity?: number } = {},
): ApolloServerPlugin<T> {
  const maxDepth = limits.maxDepth ?? MAX_DEPTH;
  const maxComplexity = limits.maxComplexity ?? MAX_COMPLEXITY;
  const memos = new WeakMap<DocumentNode, Memo>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request, operationName }) {
          let memo = memos.get(document);
          if (!memo) {
            memos.set(document, (memo = { counts: new Map(), depth: new Map(), complexity: new Map() }));
          }
          const operation = operationName ?? '';
          let counts = memo.counts.get(operation);
          if (!counts) memo.counts.set(operation, (counts = fieldCounts(document, operationName)));
          checkFieldCounts(counts);
          let depth = memo.depth.get(operation);
          if (depth === undefined)
            memo.depth.set(operation, (depth = operationDepth(document, operationName)));
          if (depth > maxDepth) {
            throw limitError(`The query is ${depth} levels deep; the limit is ${maxDepth}`, {
              limit: 'depth',
              depth,
              maxDepth,
            });
          }
          const variables = request.variables ?? {};
          const key = `${operation}\u0000${JSON.stringify(variables)}`;
          let complexity = memo.complexity.get(key);
          if (complexity === undefined) {
            complexity = complexityOrInputError(() =>
              queryComplexity(schema, document, variables, operationName),
            );
            if (memo.complexity.size >= MEMO_VARIABLE_SETS) memo.complexity.clear();
            memo.complexity.set(key, complexity);
          }
          if (complexity > maxComplexity) {
            throw limitError(
              `The query's complexity is ${complexity}; the limit is ${maxComplexity} (ask for smaller pages or fewer nested lists)`,
              { limit: 'complexity', complexity, maxComplexity },
            );
          }
        },
      };
    },
  };
}
