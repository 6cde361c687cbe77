import { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { Inject } from '@nestjs/common';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { APP_CONFIG } from '../config/config.module';
import { AppConfig } from '../config/config.schema';
import { GRAPHQL_LIST_SIZES, queryLimitsPlugin } from './complexity.plugin';
import { ListSizes } from './query-cost';

@Plugin()
export class QueryLimitsPlugin implements ApolloServerPlugin {
  private readonly inner: ApolloServerPlugin;

  constructor(schemaHost: GraphQLSchemaHost, @Inject(APP_CONFIG) config: AppConfig, @Inject(GRAPHQL_LIST_SIZES) listSizes: ListSizes) {
    this.inner = queryLimitsPlugin(schemaHost, config.graphql, listSizes);
  }

  async requestDidStart(context: Parameters<NonNullable<ApolloServerPlugin['requestDidStart']>>[0]) {
    return (await this.inner.requestDidStart?.(context)) as GraphQLRequestListener<Record<string, unknown>>;
  }
}
