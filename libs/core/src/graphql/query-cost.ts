import {
  DocumentNode,
  FragmentDefinitionNode,
  getNamedType,
  GraphQLNamedType,
  GraphQLOutputType,
  isCompositeType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
} from 'graphql';
import type { ComplexityEstimator } from 'graphql-query-complexity';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './connection';

/**
 * The real maximum size of lists the API returns without paging, by schema coordinate
 * (`Type.field`). Each library declares the sizes of its own lists (`<lib>.list-sizes.ts`, from
 * the domain's own bounds: input validators, matching constants, Finland's 45 employment areas);
 * the app composes them (composeListSizes) and hands them to GraphQLApiModule. The cost analysis
 * counts each list's selection this many times; an explicit `complexity` option on a field wins.
 */
export type ListSizes = Readonly<Record<string, number>>;

/** What a list of objects without paging counts as when the list sizes do not know it: long. */
export const DEFAULT_LIST_SIZE = 100;

/** One record of the libraries' list sizes; a coordinate two of them declare is a mistake. */
export function composeListSizes(...parts: ListSizes[]): ListSizes {
  const composed: Record<string, number> = {};
  for (const part of parts) {
    for (const [coordinate, size] of Object.entries(part)) {
      if (coordinate in composed) throw new Error(`List size of ${coordinate} is declared twice`);
      composed[coordinate] = size;
    }
  }
  return Object.freeze(composed);
}

/** A Relay connection type: its size is the page asked for, not a list length. */
export function isConnectionType(type: GraphQLNamedType): boolean {
  if (!isObjectType(type)) return false;
  const fields = type.getFields();
  return 'edges' in fields && 'pageInfo' in fields;
}

function pageSize(args: Record<string, unknown>): number {
  const first = args['first'];
  return typeof first === 'number' ? Math.min(Math.max(first, 1), MAX_PAGE_SIZE) : DEFAULT_PAGE_SIZE;
}

/** How many elements a (possibly nested) list type can hold: each list level multiplies. */
function listSize(type: GraphQLOutputType, defaultListSize: number): number {
  if (isNonNullType(type)) return listSize(type.ofType, defaultListSize);
  if (isListType(type)) return defaultListSize * listSize(type.ofType, defaultListSize);
  return 1;
}

/**
 * Counts every element a field can return. Runs after the field-extension estimator, so an
 * explicit `complexity` option of a field (e.g. `connectionComplexity`) wins. Connections without one count
 * their requested page, and their `edges` are not counted again; their other fields (page info,
 * counts, facets) cost one. Lists of objects count their
 * size in `listSizes`, else `defaultListSize`, per list level. Lists of scalars and
 * enums cost as one field: they come with their parent row.
 */
export function listAwareEstimator(listSizes: ListSizes, defaultListSize = DEFAULT_LIST_SIZE): ComplexityEstimator {
  return ({ type, field, args, childComplexity }) => {
    if (isConnectionType(type)) {
      // The connection's cost multiplies its selection by the page size: only its edges are per
      // node. Page info, counts and facets are computed once per page, whatever is selected.
      return field.name === 'edges' ? 1 + childComplexity : 1;
    }
    const named = getNamedType(field.type);
    if (!isCompositeType(named)) return undefined;
    if (isConnectionType(named)) return 1 + childComplexity * pageSize(args);
    const size = listSize(field.type, listSizes[`${type.name}.${field.name}`] ?? defaultListSize);
    return size === 1 ? undefined : 1 + childComplexity * size;
  };
}

export interface DocumentShape {
  /** Depth of the deepest field path, following fragments. */
  depth: number;
  /** Field selections once every fragment spread is expanded. */
  fields: number;
  /** Aliased fields written in the document. */
  aliases: number;
}

/**
 * Measures the operation that was asked for. Each fragment is measured once, so a document that
 * spreads fragments into fragments (a "fragment bomb") costs linear time here however large it
 * expands; fragment cycles (refused later by validation) count as empty.
 */
export function documentShape(document: DocumentNode, operationName?: string | null): DocumentShape {
  const fragments = new Map<string, FragmentDefinitionNode>();
  const operations: OperationDefinitionNode[] = [];
  let aliases = 0;
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    if (definition.kind === Kind.OPERATION_DEFINITION) operations.push(definition);
  }
  const measured = new Map<string, { depth: number; fields: number }>();
  const measure = (selectionSet: SelectionSetNode | undefined, active: Set<string>): { depth: number; fields: number } => {
    let depth = 0;
    let fields = 0;
    for (const selection of selectionSet?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        const inner = measure(selection.selectionSet, active);
        depth = Math.max(depth, 1 + inner.depth);
        fields += 1 + inner.fields;
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const inner = measure(selection.selectionSet, active);
        depth = Math.max(depth, inner.depth);
        fields += inner.fields;
      } else {
        const name = selection.name.value;
        if (active.has(name)) continue;
        let inner = measured.get(name);
        if (!inner) {
          active.add(name);
          inner = measure(fragments.get(name)?.selectionSet, active);
          active.delete(name);
          measured.set(name, inner);
        }
        depth = Math.max(depth, inner.depth);
        fields = Math.min(Number.MAX_SAFE_INTEGER, fields + inner.fields);
      }
    }
    return { depth, fields };
  };
  const countAliases = (selectionSet: SelectionSetNode | undefined): void => {
    for (const selection of selectionSet?.selections ?? []) {
      if (selection.kind === Kind.FIELD && selection.alias) aliases++;
      if (selection.kind !== Kind.FRAGMENT_SPREAD) countAliases(selection.selectionSet);
    }
  };
  for (const definition of [...operations, ...fragments.values()]) countAliases(definition.selectionSet);
  const operation = operations.find((o) => !operationName || o.name?.value === operationName) ?? operations[0];
  const { depth, fields } = operation ? measure(operation.selectionSet, new Set()) : { depth: 0, fields: 0 };
  return { depth, fields, aliases };
}
