import { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { Inject } from '@nestjs/common';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { APP_CONFIG } from '../config/config.module';
import { AppConfig } from '../config/config.schema';
import { queryLimitsPlugin } from './complexity.plugin';

@Plugin()
export class QueryLimitsPlugin implements ApolloServerPlugin {
  private readonly inner: ApolloServerPlugin;

  constructor(schemaHost: GraphQLSchemaHost, @Inject(APP_CONFIG) config: AppConfig) {
    this.inner = queryLimitsPlugin(schemaHost, config.graphql);
  }

  async requestDidStart(context: Parameters<NonNullable<ApolloServerPlugin['requestDidStart']>>[0]) {
    return (await this.inner.requestDidStart?.(context)) as GraphQLRequestListener<Record<string, unknown>>;
  }
}
