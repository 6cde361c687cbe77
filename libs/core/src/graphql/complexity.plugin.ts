import { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { DocumentNode, getVariableValues, GraphQLError, GraphQLFormattedError } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { CoreErrorCode, CoreException } from '../errors/domain.exception';
import { ClientErrorCode } from '../errors/error-code';
import { documentShape, ListSizes, listAwareEstimator } from './query-cost';

/** Injection token of the list sizes the app composed for the cost analysis (GraphQLApiModule.forRoot). */
export const GRAPHQL_LIST_SIZES = Symbol('GRAPHQL_LIST_SIZES');

export interface QueryLimits {
  maxDepth: number;
  maxComplexity: number;
  maxAliases: number;
  maxExecutionMs: number;
}

/** Depth of the deepest field path, following fragments; introspection counts like any query. */
export function queryDepth(document: DocumentNode, operationName?: string | null): number {
  return documentShape(document, operationName).depth;
}

/**
 * A refusal of the whole request. `http.status` makes Apollo answer 400: errors thrown from its
 * request hooks are otherwise answered with 500.
 */
function refusal(reason: CoreErrorCode, message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ClientErrorCode.BAD_USER_INPUT, reason, http: { status: 400 } },
  });
}

const tooComplex = (message: string) => refusal(CoreErrorCode.QUERY_TOO_COMPLEX, message);

/** Cost of an operation: every list element counted (see listAwareEstimator), lists by their `listSizes`. */
export function queryComplexity(
  schemaHost: GraphQLSchemaHost,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | undefined,
  maxNodes: number,
  listSizes: ListSizes,
): number {
  return getComplexity({
    schema: schemaHost.schema,
    operationName: operationName ?? undefined,
    query: document,
    variables,
    estimators: [fieldExtensionsEstimator(), listAwareEstimator(listSizes), simpleEstimator({ defaultComplexity: 1 })],
    maxQueryNodes: maxNodes,
  });
}

function isTimeout(error: GraphQLFormattedError): boolean {
  return error.extensions?.['reason'] === CoreErrorCode.QUERY_TIMEOUT;
}

/**
 * Refuses documents that are too large, deep or costly before any resolver runs, and stops an
 * operation that runs out of time. The token limit itself is a parse option (graphql-api.module).
 */
export function queryLimitsPlugin(schemaHost: GraphQLSchemaHost, limits: QueryLimits, listSizes: ListSizes): ApolloServerPlugin {
  return {
    async requestDidStart(): Promise<GraphQLRequestListener<Record<string, unknown>>> {
      let timedOut = false;
      return {
        // After validation, which the token limit (a parse option) keeps cheap. The document checks
        // take time linear in its size, whatever its fragments expand to.
        async didResolveOperation({ request, document, operation, schema }) {
          const shape = documentShape(document, request.operationName);
          if (shape.aliases > limits.maxAliases) {
            throw tooComplex(`The document has ${shape.aliases} aliases; at most ${limits.maxAliases} are allowed`);
          }
          if (shape.depth > limits.maxDepth) {
            throw tooComplex(`Query depth ${shape.depth} exceeds the limit of ${limits.maxDepth}`);
          }
          // Every field costs at least one: a document that expands to more fields is too costly.
          if (shape.fields > limits.maxComplexity) {
            throw tooComplex(`Query complexity ${shape.fields} exceeds the limit of ${limits.maxComplexity}`);
          }
          // No operation, or variables of the wrong type: execution refuses them (BAD_USER_INPUT)
          // before any resolver.
          if (!operation) return;
          if (getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {}).errors) return;
          let complexity: number;
          try {
            complexity = queryComplexity(
              schemaHost,
              document,
              request.operationName,
              request.variables,
              // Bounds the estimate's own work; the document checks keep real queries far below it.
              4 * limits.maxComplexity + 1000,
              listSizes,
            );
          } catch {
            throw tooComplex('The query is too complex to estimate');
          }
          if (complexity > limits.maxComplexity) {
            throw tooComplex(`Query complexity ${complexity} exceeds the limit of ${limits.maxComplexity}`);
          }
        },
        async executionDidStart() {
          const deadline = Date.now() + limits.maxExecutionMs;
          return {
            // Runs before every field: once time is up, no further field starts (each throws) and
            // the operation ends as soon as the ones already running finish.
            willResolveField() {
              if (Date.now() <= deadline) return;
              timedOut = true;
              throw new CoreException(
                CoreErrorCode.QUERY_TIMEOUT,
                `The operation ran out of time (${limits.maxExecutionMs} ms); ask for less at a time`,
              );
            },
          };
        },
        async willSendResponse({ response }) {
          if (!timedOut || response.body.kind !== 'single') return;
          // One timeout error is enough, however many fields were cut off.
          const errors = response.body.singleResult.errors ?? [];
          const firstTimeout = errors.find(isTimeout);
          response.body.singleResult.errors = errors.filter((e) => !isTimeout(e) || e === firstTimeout);
        },
      };
    },
  };
}
