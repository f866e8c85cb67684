/**
 * A small downstream client: asks the API which agencies own projects together and prints them,
 * using the typed operation generated from queries/co-owning-agencies.graphql (npm run codegen).
 *
 *   npx tsx examples/client.ts [http://127.0.0.1:4000/graphql] [minShared]
 */
import { print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import {
  CoOwningAgenciesDocument,
  type CoOwningAgenciesQuery,
  type CoOwningAgenciesQueryVariables,
} from '../src/generated/graphql.js';

export class ApiError extends Error {}

/** POSTs a typed operation; the result type follows from the document. */
export async function request<TResult, TVariables>(
  url: string,
  document: TypedDocumentNode<TResult, TVariables>,
  variables: TVariables,
): Promise<TResult> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query: print(document), variables }),
  });
  const body = (await response.json()) as { data?: TResult; errors?: { message: string }[] };
  if (body.errors?.length || !body.data) {
    throw new ApiError(body.errors?.map((e) => e.message).join('; ') ?? `HTTP ${response.status}`);
  }
  return body.data;
}

export async function coOwningAgencies(
  url: string,
  variables: CoOwningAgenciesQueryVariables,
): Promise<CoOwningAgenciesQuery['agencyPairs']> {
  return (await request(url, CoOwningAgenciesDocument, variables)).agencyPairs;
}

/** One line per pair: "<a> + <b>: <n> shared (<projects>)". */
export function formatPairs(pairs: CoOwningAgenciesQuery['agencyPairs']): string[] {
  return pairs.edges.map(({ node }) => {
    const projects = node.projects.map((p) => p.name).join('、');
    return `${node.a.name} + ${node.b.name}: ${node.sharedCount} shared (${projects})`;
  });
}

async function main(argv: string[]): Promise<number> {
  const url = argv[0] ?? process.env.KG_API_URL ?? 'http://127.0.0.1:4000/graphql';
  const minShared = Number(argv[1] ?? 2);
  const pairs = await coOwningAgencies(url, { minShared, first: 20 });
  console.log(`${pairs.totalCount} pairs of agencies share at least ${minShared} project(s):`);
  for (const line of formatPairs(pairs)) console.log(`  ${line}`);
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      console.error(`client: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    },
  );
}
