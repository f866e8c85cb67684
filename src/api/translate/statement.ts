/**
 * A Cypher statement with its parameters. Every module under translate/ returns these: the text is
 * assembled only from constant fragments in this code (labels, relationship types and clauses chosen
 * from fixed lists), and every value from a request travels as a parameter.
 */
export interface Statement {
  text: string;
  params: Record<string, unknown>;
}

export function statement(text: string, params: Record<string, unknown> = {}): Statement {
  return { text, params };
}
