/** Limits that follow cost (limits.ts) and the request's time budget (request-budget.ts). */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  checkQueryLength,
  fieldCounts,
  MAX_ALIASES,
  MAX_QUERY_CHARS,
  MAX_ROOT_FIELDS,
  queryComplexity,
  STATEMENT_COST,
  STATEMENT_FIELDS,
} from '../../../src/api/limits.js';
import { budgetedReader } from '../../../src/api/request-budget.js';
import { buildApiSchema } from '../../../src/api/schema/build.js';
import { statement } from '../../../src/api/translate/statement.js';
import { ALL } from '../../../src/explorer/queries.js';
import { QueryTimeoutError } from '../../../src/errors.js';

// The schema's graphql instance (see src/api/schema/build.ts).
const { parse, isObjectType } = createRequire(import.meta.url)('graphql') as typeof import('graphql');

describe('cost', () => {
  it('a root field that runs a statement costs STATEMENT_COST more than its fields', async () => {
    const schema = await buildApiSchema();
    const one = queryComplexity(schema, parse('{ search(text: "市", first: 0) { totalCount } }'), {});
    // first: 0 reads no rows: what is left is the field and its statement.
    expect(one).toBe(1 + STATEMENT_COST);
    const two = parse(
      '{ a: search(text: "市", first: 0) { totalCount } b: search(text: "x", first: 0) { totalCount } }',
    );
    expect(queryComplexity(schema, two, {})).toBe(2 * one);
  });

  it('every statement field names a field of the schema', async () => {
    const schema = await buildApiSchema();
    for (const name of STATEMENT_FIELDS) {
      const [type, field] = name.split('.') as [string, string];
      const found = schema.getType(type);
      expect(found && isObjectType(found) && found.getFields()[field], name).toBeTruthy();
    }
  });

  it('counts root fields through fragments and aliases anywhere', () => {
    const document = parse(
      `query Q { a: agencies { totalCount } ...F places { edges { node { n: name } } } }
       fragment F on Query { b: projects { totalCount } documents { totalCount } }`,
    );
    expect(fieldCounts(document, 'Q')).toEqual({ rootFields: 4, aliases: 3 });
  });

  it('refuses query text longer than MAX_QUERY_CHARS', () => {
    expect(() => checkQueryLength('x'.repeat(MAX_QUERY_CHARS))).not.toThrow();
    expect(() => checkQueryLength('x'.repeat(MAX_QUERY_CHARS + 1))).toThrow(/limit is 20000/);
  });
});

describe('what the product itself sends', () => {
  it('the explorer and queries/ stay within the length, root field and alias limits', () => {
    const files = readdirSync('queries').map((f) => readFileSync(join('queries', f), 'utf8'));
    for (const query of [...Object.values(ALL), ...files]) {
      expect(query.length).toBeLessThanOrEqual(MAX_QUERY_CHARS);
      const counts = fieldCounts(parse(query));
      expect(counts.rootFields).toBeLessThanOrEqual(MAX_ROOT_FIELDS);
      expect(counts.aliases).toBeLessThanOrEqual(MAX_ALIASES);
    }
  });
});

describe('time budget of a request', () => {
  it('gives each read what is left of the budget, then refuses to run more', async () => {
    let clock = 0;
    const timeouts: (number | undefined)[] = [];
    const inner = {
      async read(_s: unknown, options?: { timeoutMs?: number }) {
        timeouts.push(options?.timeoutMs);
        clock += 600;
        return [];
      },
    };
    const reader = budgetedReader(inner, { budgetMs: 1000, statementTimeoutMs: 800 }, () => clock);
    const s = statement('RETURN 1');
    await reader.read(s);
    await reader.read(s);
    await expect(reader.read(s)).rejects.toMatchObject({ code: 'TIMEOUT', timeoutMs: 1000 });
    expect(timeouts).toEqual([800, 400]);
  });

  it('reports a statement cut short by the budget as the budget', async () => {
    const inner = {
      async read(_s: unknown, options?: { timeoutMs?: number }): Promise<never> {
        throw new QueryTimeoutError(options?.timeoutMs ?? 0);
      },
    };
    let clock = 0;
    const reader = budgetedReader(inner, { budgetMs: 1000, statementTimeoutMs: 800 }, () => clock);
    await expect(reader.read(statement('RETURN 1'))).rejects.toMatchObject({ timeoutMs: 800 });
    clock = 500;
    await expect(reader.read(statement('RETURN 1'))).rejects.toMatchObject({ timeoutMs: 1000 });
  });
});
