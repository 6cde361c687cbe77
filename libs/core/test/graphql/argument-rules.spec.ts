import { buildSchema, GraphQLInputObjectType, GraphQLInputType } from 'graphql';
import { FieldProblem } from '../../src/errors/error-code';
import { checkArgumentValue, isStrictDateTime, MAX_LIST_LENGTH, MAX_STRING_LENGTH } from '../../src/graphql/argument-rules';

const schema = buildSchema(`
  scalar DateTime
  input TaskInput { title: String!, dueAt: DateTime, assigneeIds: [ID!] }
  type Query { x(id: ID): String }
`);
const taskInput = schema.getType('TaskInput') as GraphQLInputObjectType;

function problems(value: unknown, type: GraphQLInputType, path = 'input', nonUuidIds?: ReadonlySet<string>): FieldProblem[] {
  const found: FieldProblem[] = [];
  checkArgumentValue(value, type, path, 'Query.x.input', found, { nonUuidIds });
  return found;
}

describe('checkArgumentValue', () => {
  it('accepts plausible values', () => {
    const value = { title: 'Soita Konepajalle', dueAt: '2026-03-01T09:00:00Z', assigneeIds: ['0b6e7f9e-3c1a-4d2e-9f00-1a2b3c4d5e6f'] };
    expect(problems(value, taskInput)).toEqual([]);
  });

  it('names each bad value by its path from the argument down', () => {
    const value = { title: 'Soita\u0000', dueAt: '2026-02-30T09:00:00Z', assigneeIds: ['0b6e7f9e-3c1a-4d2e-9f00-1a2b3c4d5e6f', '42'] };
    expect(problems(value, taskInput).map((p) => p.path)).toEqual(['input.title', 'input.dueAt', 'input.assigneeIds[1]']);
  });

  it('bounds texts and lists', () => {
    expect(problems({ title: 'x'.repeat(MAX_STRING_LENGTH + 1) }, taskInput)[0].message).toMatch(/at most/);
    const ids = Array.from({ length: MAX_LIST_LENGTH + 1 }, () => '0b6e7f9e-3c1a-4d2e-9f00-1a2b3c4d5e6f');
    expect(problems({ title: 'x', assigneeIds: ids }, taskInput)).toEqual([{ path: 'input.assigneeIds', message: `must have at most ${MAX_LIST_LENGTH} items` }]);
  });

  it('takes ids that are not UUIDs only where the schema coordinate is listed', () => {
    const id = schema.getQueryType()!.getFields()['x'].args[0].type;
    expect(problems('kunta-398', id, 'id')).toEqual([{ path: 'id', message: 'must be a UUID' }]);
    expect(problems('kunta-398', id, 'id', new Set(['Query.x.input']))).toEqual([]);
  });
});

describe('isStrictDateTime', () => {
  it.each(['2026-03-01', '2026-03-01T09:00Z', '2026-03-01T09:00:00.123Z', '2026-03-01T09:00:00+02:00', '2024-02-29T00:00:00Z'])('accepts %s', (value) => {
    expect(isStrictDateTime(value)).toBe(true);
  });

  it.each(['ei-päivä', '2026-02-29T00:00:00Z', '2026-13-01', '2026-03-01T24:00:00Z', '+275760-09-13T00:00:00Z', '2026-03-01 09:00', '1700000000000'])(
    'refuses %s',
    (value) => {
      expect(isStrictDateTime(value)).toBe(false);
    },
  );
});
