import { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import {
  DocumentNode,
  getVariableValues,
  GraphQLError,
  GraphQLSchema,
  Kind,
  OperationDefinitionNode,
  TypeInfo,
  valueFromASTUntyped,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import { CoreErrorCode, CoreException } from '../errors/domain.exception';
import { FieldProblem } from '../errors/error-code';
import { ArgumentRuleOptions, checkArgumentValue } from './argument-rules';

/** Enough to fix a request; a hostile one is not worth describing in full. */
const MAX_PROBLEMS = 20;

export interface ArgumentProblems {
  /** Response name of the first field with a bad argument, e.g. `employmentArea`. */
  field: string;
  problems: FieldProblem[];
}

/**
 * Every argument of the operation, literal or variable (with the document's own defaults), of
 * every field including nested ones and fragments, checked against its schema type.
 */
export function findArgumentProblems(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  rawVariables: Record<string, unknown>,
  options: ArgumentRuleOptions = {},
): ArgumentProblems | null {
  const variables: Record<string, unknown> = { ...rawVariables };
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    if (variables[name] === undefined && definition.defaultValue) variables[name] = valueFromASTUntyped(definition.defaultValue);
  }
  const problems: FieldProblem[] = [];
  let field: string | null = null;
  const definitions = [operation, ...document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION)];
  for (const definition of definitions) {
    const typeInfo = new TypeInfo(schema);
    visit(
      definition,
      visitWithTypeInfo(typeInfo, {
        Field(node) {
          const fieldDef = typeInfo.getFieldDef();
          const parent = typeInfo.getParentType();
          if (!fieldDef || !parent || problems.length >= MAX_PROBLEMS) return;
          const before = problems.length;
          for (const argument of node.arguments ?? []) {
            const argDef = fieldDef.args.find((a) => a.name === argument.name.value);
            if (!argDef) continue;
            const value = valueFromASTUntyped(argument.value, variables);
            checkArgumentValue(value, argDef.type, argDef.name, `${parent.name}.${fieldDef.name}.${argDef.name}`, problems, options);
          }
          if (problems.length > before && field === null) field = node.alias?.value ?? node.name.value;
        },
      }),
    );
  }
  return field === null ? null : { field, problems: problems.slice(0, MAX_PROBLEMS) };
}

/**
 * Malformed values never reach a resolver: ids that are not UUIDs, NUL characters, overlong
 * texts and lists, impossible dates are refused with BAD_USER_INPUT naming the argument, and
 * HTTP 400, for every field of the schema at once. Domain rules (lengths of particular fields,
 * formats of codes) stay with the DTOs' validators.
 */
export function inputValidationPlugin(options: ArgumentRuleOptions = {}): ApolloServerPlugin {
  return {
    async requestDidStart(): Promise<GraphQLRequestListener<Record<string, unknown>>> {
      return {
        async didResolveOperation({ request, document, operation, schema }) {
          const variables = request.variables ?? {};
          // No operation, or variables of the wrong type: execution refuses them (BAD_USER_INPUT)
          // before any resolver.
          if (!operation) return;
          if (getVariableValues(schema, operation.variableDefinitions ?? [], variables).errors) return;
          const found = findArgumentProblems(schema, document, operation, variables, options);
          if (!found) return;
          const summary = found.problems.map((p) => `${p.path}: ${p.message}`).join('; ');
          const message = `Invalid arguments of ${found.field} — ${summary}`;
          const exception = new CoreException(CoreErrorCode.INVALID_INPUT, message, found.problems);
          throw new GraphQLError(message, {
            path: [found.field],
            originalError: exception,
            extensions: { http: { status: 400 } },
          });
        },
      };
    },
  };
}

@Plugin()
export class InputValidationPlugin implements ApolloServerPlugin {
  private readonly inner = inputValidationPlugin();

  async requestDidStart(context: Parameters<NonNullable<ApolloServerPlugin['requestDidStart']>>[0]) {
    return (await this.inner.requestDidStart?.(context)) as GraphQLRequestListener<Record<string, unknown>>;
  }
}
