import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Global, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import { APP_CONFIG } from '../config/config.module';
import { AppConfig } from '../config/config.schema';
import { formatGraphQLError } from '../errors/graphql-error.formatter';
import { GRAPHQL_LIST_SIZES } from './complexity.plugin';
import { InputValidationPlugin } from './input-validation.plugin';
import { ListSizes } from './query-cost';
import { QueryLimitsPlugin } from './query-limits.plugin';
import { DataLoaderRegistry } from './dataloader.registry';
import { GraphQLContext } from './graphql-context';

@Global()
@Module({
  providers: [DataLoaderRegistry],
  exports: [DataLoaderRegistry],
})
export class DataLoaderModule {}

export interface GraphQLApiOptions {
  /** The libraries' list sizes, composed by the app (composeListSizes): what the cost analysis counts lists as. */
  listSizes: ListSizes;
}

/** GraphQL over HTTP at /graphql: code-first schema, typed errors, per-request loaders, query limits. */
@Module({
  imports: [
    DataLoaderModule,
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      inject: [APP_CONFIG, DataLoaderRegistry],
      useFactory: (config: AppConfig, loaders: DataLoaderRegistry) => ({
        path: '/graphql',
        autoSchemaFile: true,
        sortSchema: true,
        introspection: config.environment !== 'production',
        playground: false,
        includeStacktraceInErrorResponses: false,
        formatError: formatGraphQLError,
        // Parsing stops at this many tokens: no document costs more than that to parse and validate.
        parseOptions: { maxTokens: config.graphql.maxTokens },
        context: ({ req, res }: { req: Request; res: Response }): GraphQLContext => ({
          req: req as GraphQLContext['req'],
          res,
          loaders: loaders.forRequest(),
        }),
      }),
    }),
  ],
  providers: [QueryLimitsPlugin, InputValidationPlugin],
})
export class GraphQLApiModule {
  static forRoot(options: GraphQLApiOptions): DynamicModule {
    return { module: GraphQLApiModule, providers: [{ provide: GRAPHQL_LIST_SIZES, useValue: options.listSizes }] };
  }
}
