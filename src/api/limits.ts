/**
 * Limits on what one request may ask for, checked after parsing and before any Cypher runs:
 * - depth: nesting of fields (introspection fields excluded: GraphiQL's own query is deep);
 * - complexity: a cost where each field costs 1 and a list multiplies the cost of what it contains
 *   (a connection by its `first`, at most the page size; another list by a guess of its length).
 * Page size itself is enforced where pages are read (pagination.ts), and run time by the Cypher
 * transaction timeout (graph-reader.ts).
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
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './pagination.js';

export const MAX_DEPTH = 12;
export const MAX_COMPLEXITY = 50_000;
/** Assumed length of a plain list field (leads, places, …): such lists are short in this graph. */
export const LIST_GUESS = 5;

function limitError(message: string, extra: Record<string, unknown>): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'BAD_USER_INPUT', ...extra, http: { status: 400 } },
  });
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

/** Cost of a field: 1 plus its children's cost times how many of them a list may hold. */
export const listCostEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
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
  return 1 + childComplexity * multiplier;
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
          if (!memo) memos.set(document, (memo = { depth: new Map(), complexity: new Map() }));
          const operation = operationName ?? '';
          let depth = memo.depth.get(operation);
          if (depth === undefined)
            memo.depth.set(operation, (depth = operationDepth(document, operationName)));
          if (depth > maxDepth) {
            throw limitError(`The query is ${depth} levels deep; the limit is ${maxDepth}`, {
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
              { complexity, maxComplexity },
            );
          }
        },
      };
    },
  };
}
