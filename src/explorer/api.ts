/** The explorer's only data source: the GraphQL API of the same server. */

export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
  }
}

interface Response<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Response<T>;
  const [error] = body.errors ?? [];
  if (error) throw new ApiError(error.message, error.extensions?.code);
  if (!body.data) throw new ApiError(`HTTP ${response.status}`, undefined);
  return body.data;
}
