import { GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/**
 * Whether the query selects `field` directly under the field being resolved (also through
 * fragments). A field under @skip/@include counts as selected: computing it too often is safe.
 */
export function selectsField(info: GraphQLResolveInfo, field: string): boolean {
  return selectsPath(info, [field]);
}

/**
 * Whether the query selects the field at `path` below the field being resolved, e.g.
 * ['edges', 'node', 'highlights'] (through fragments and aliases alike; @skip/@include as above).
 */
export function selectsPath(info: GraphQLResolveInfo, path: readonly string[]): boolean {
  const within = (selectionSet: SelectionSetNode | undefined, depth: number, seen: ReadonlySet<string>): boolean =>
    (selectionSet?.selections ?? []).some((selection) => {
      if (selection.kind === 'Field') {
        if (selection.name.value !== path[depth]) return false;
        return depth === path.length - 1 || within(selection.selectionSet, depth + 1, new Set());
      }
      if (selection.kind === 'InlineFragment') return within(selection.selectionSet, depth, seen);
      const name = selection.name.value;
      if (seen.has(name)) return false;
      return within(info.fragments[name]?.selectionSet, depth, new Set([...seen, name]));
    });
  return path.length > 0 && info.fieldNodes.some((node) => within(node.selectionSet, 0, new Set()));
}
