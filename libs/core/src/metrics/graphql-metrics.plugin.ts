import { ApolloServerPlugin, GraphQLRequestContext, GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { Inject } from '@nestjs/common';
import { getOperationAST, GraphQLFormattedError } from 'graphql';
import { Counter, Histogram, Registry } from 'prom-client';
import { ANONYMOUS_OPERATION, errorCodeLabels, INVALID_OPERATION, operationLabels } from './metric-labels';
import { METRICS_REGISTRY } from './metrics-registry';

type Context = Record<string, unknown>;

/**
 * Times every GraphQL request by operation and counts the errors it answered by code. Labels
 * are bounded (see metric-labels): an operation name is whatever the client wrote in its document.
 */
@Plugin()
export class GraphQLMetricsPlugin implements ApolloServerPlugin<Context> {
  private readonly operations = operationLabels();
  private readonly codes = errorCodeLabels();
  private readonly duration: Histogram<'operation' | 'type' | 'outcome'>;
  private readonly errors: Counter<'code'>;

  constructor(@Inject(METRICS_REGISTRY) registry: Registry) {
    this.duration = new Histogram({
      name: 'ytmt_graphql_request_duration_seconds',
      help: 'GraphQL requests from receipt to response, by operation name, operation type and outcome.',
      labelNames: ['operation', 'type', 'outcome'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    });
    this.errors = new Counter({
      name: 'ytmt_graphql_errors_total',
      help: 'Errors in GraphQL responses, by error code (extensions.code).',
      labelNames: ['code'],
      registers: [registry],
    });
  }

  async requestDidStart(): Promise<GraphQLRequestListener<Context>> {
    const started = process.hrtime.bigint();
    return {
      willSendResponse: async (context) => {
        const errors = responseErrors(context);
        for (const error of errors) {
          const code = error.extensions?.['code'];
          this.errors.inc({ code: this.codes.label(typeof code === 'string' ? code : 'UNKNOWN') });
        }
        const { name, type } = this.operationOf(context);
        const seconds = Number(process.hrtime.bigint() - started) / 1e9;
        this.duration.observe({ operation: name, type, outcome: errors.length > 0 ? 'error' : 'ok' }, seconds);
      },
    };
  }

  private operationOf(context: GraphQLRequestContext<Context>): { name: string; type: string } {
    // Resolved by Apollo after validation; before that (a validation error) read the document.
    const operation = context.operation ?? (context.document ? getOperationAST(context.document, context.request.operationName) : null);
    if (!operation) return { name: INVALID_OPERATION, type: 'unknown' };
    const name = operation.name?.value;
    return { name: name === undefined ? ANONYMOUS_OPERATION : this.operations.label(name), type: operation.operation };
  }
}

function responseErrors(context: GraphQLRequestContext<Context>): readonly GraphQLFormattedError[] {
  const body = context.response?.body;
  if (!body) return [];
  if (body.kind === 'single') return body.singleResult.errors ?? [];
  return body.initialResult.errors ?? [];
}
