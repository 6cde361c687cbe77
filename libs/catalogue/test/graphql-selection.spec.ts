import { FieldNode, FragmentDefinitionNode, GraphQLResolveInfo, OperationDefinitionNode, parse } from 'graphql';
import { selectsField, selectsPath } from '../src/graphql-selection';

/** The resolve info of the operation's first root field, as far as the helpers read it. */
function infoOf(document: string): GraphQLResolveInfo {
  const parsed = parse(document);
  const operation = parsed.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')!;
  const fragments = Object.fromEntries(
    parsed.definitions.filter((d): d is FragmentDefinitionNode => d.kind === 'FragmentDefinition').map((d) => [d.name.value, d]),
  );
  return { fieldNodes: [operation.selectionSet.selections[0] as FieldNode], fragments } as unknown as GraphQLResolveInfo;
}

const HIGHLIGHTS = ['edges', 'node', 'highlights'];

describe('selectsPath', () => {
  it('finds a nested field directly, through an alias, inline fragments and named fragments', () => {
    expect(selectsPath(infoOf('{ s { edges { node { highlights { field } } } } }'), HIGHLIGHTS)).toBe(true);
    expect(selectsPath(infoOf('{ s { edges { node { h: highlights { field } } } } }'), HIGHLIGHTS)).toBe(true);
    expect(selectsPath(infoOf('{ s { edges { ... on E { node { highlights { field } } } } } }'), HIGHLIGHTS)).toBe(true);
    expect(selectsPath(infoOf('{ s { ...c } } fragment c on C { edges { node { ...n } } } fragment n on N { highlights { field } }'), HIGHLIGHTS)).toBe(true);
  });

  it('does not find a field selected elsewhere, or a path only begun', () => {
    expect(selectsPath(infoOf('{ s { edges { node { score service { id } } } } }'), HIGHLIGHTS)).toBe(false);
    expect(selectsPath(infoOf('{ s { highlights { field } edges { cursor } } }'), HIGHLIGHTS)).toBe(false);
    expect(selectsPath(infoOf('{ s { edges { node { service { highlights: id } } } } }'), HIGHLIGHTS)).toBe(false);
    expect(selectsPath(infoOf('{ s { totalCount } }'), [])).toBe(false);
  });

  it('does not loop on a fragment spread twice', () => {
    expect(selectsPath(infoOf('{ s { ...c ...c } } fragment c on C { totalCount }'), HIGHLIGHTS)).toBe(false);
    expect(selectsField(infoOf('{ s { ...c ...c } } fragment c on C { facets { sector { value } } }'), 'facets')).toBe(true);
  });
});
