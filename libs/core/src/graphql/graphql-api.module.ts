import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { Global, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import { APP_CONFIG } from '../config/config.module';
import { AppConfig } from '../config/config.schema';
import { formatGraphQLError } from '../errors/graphql-error.formatter';
import { InputValidationPlugin } from './input-validation.plugin';
import { QueryLimitsPlugin } from './query-limits.plugin';
import { DataLoaderRegistry } from './dataloader.registry';
import { GraphQLContext } from './graphql-context';

@Global()
@Module({
  providers: [DataLoaderRegistry],
  exports: [DataLoaderRegistry],
})
export class DataLoaderModule {}

/** GraphQL over HTTP at /graphql: code-first schema, typed errors, per-request loaders. */
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
export class GraphQLApiModule {}
