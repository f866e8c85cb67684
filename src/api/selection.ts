/**
 * What a request selects below a field, read from the resolver's `info`: lets a top-level resolver
 * fetch the nested relations the request asks for in its own statement (see services/prefetch.ts)
 * instead of one round trip per nesting level.
 *
 * Walks the AST only (fields, inline fragments, named fragments, @skip/@include) and reads argument
 * values with `valueFromASTUntyped`: graphql's type-aware helpers check `instanceof` against their own
 * module instance, and the schema's types may come from the other (CJS/ESM) build (see schema/build.ts).
 */
import {
  Kind,
  valueFromASTUntyped,
  type DirectiveNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';

export interface SelectedField {
  name: string;
  /** Arguments given in the request (variables substituted); absent ones are not filled in with defaults. */
  args: Record<string, unknown>;
  children: Selection;
}

/** Selected fields by field name; a field asked for twice (aliases) appears once per occurrence. */
export type Selection = ReadonlyMap<string, readonly SelectedField[]>;

type Variables = Record<string, unknown>;

function included(directives: readonly DirectiveNode[] | undefined, variables: Variables): boolean {
  for (const directive of directives ?? []) {
    const name = directive.name.value;
    if (name !== 'skip' && name !== 'include') continue;
    const condition = directive.arguments?.find((a) => a.name.value === 'if');
    const value = condition ? Boolean(valueFromASTUntyped(condition.value, variables)) : false;
    if ((name === 'skip') === value) return false;
  }
  return true;
}

function collect(
  set: SelectionSetNode | undefined,
  fragments: Readonly<Record<string, FragmentDefinitionNode>>,
  variables: Variables,
  into: Map<string, SelectedField[]>,
  visiting: ReadonlySet<string>,
): void {
  for (const node of set?.selections ?? []) {
    if (!included(node.directives, variables)) continue;
    if (node.kind === Kind.FIELD) {
      const args: Record<string, unknown> = {};
      for (const arg of node.arguments ?? [])
        args[arg.name.value] = valueFromASTUntyped(arg.value, variables);
      const children = new Map<string, SelectedField[]>();
      collect(node.selectionSet, fragments, variables, children, visiting);
      const list = into.get(node.name.value) ?? [];
      list.push({ name: node.name.value, args, children });
      into.set(node.name.value, list);
    } else if (node.kind === Kind.INLINE_FRAGMENT) {
      collect(node.selectionSet, fragments, variables, into, visiting);
    } else {
      const name = node.name.value;
      const fragment = fragments[name];
      // Fragment cycles are refused by validation; never loop on one anyway.
      if (!fragment || visiting.has(name)) continue;
      collect(fragment.selectionSet, fragments, variables, into, new Set([...visiting, name]));
    }
  }
}

/** The fields selected below the field being resolved (all its occurrences merged). */
export function selectionOf(
  info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments' | 'variableValues'>,
): Selection {
  const into = new Map<string, SelectedField[]>();
  for (const field of info.fieldNodes as readonly FieldNode[]) {
    collect(field.selectionSet, info.fragments, info.variableValues, into, new Set());
  }
  return into;
}

/** The fields selected below `path` (e.g. ['edges', 'node']), merged over every occurrence. */
export function selectionAt(selection: Selection, path: readonly string[]): Selection {
  let level: Selection = selection;
  for (const name of path) {
    const merged = new Map<string, SelectedField[]>();
    for (const field of level.get(name) ?? []) {
      for (const [child, fields] of field.children)
        merged.set(child, [...(merged.get(child) ?? []), ...fields]);
    }
    level = merged;
  }
  return level;
}

/** Whether a connection's totalCount is asked for (else its statement need not count every match). */
export function countsTotal(
  info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments' | 'variableValues'>,
): boolean {
  return selectionOf(info).has('totalCount');
}

export function selects(selection: Selection, ...path: string[]): boolean {
  const [last, ...rest] = [...path].reverse();
  if (!last) return false;
  return selectionAt(selection, rest.reverse()).has(last);
}
