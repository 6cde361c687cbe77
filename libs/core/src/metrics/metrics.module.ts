import { Inject, Injectable, Module } from '@nestjs/common';
import { Registry } from 'prom-client';
import { APP_CONFIG } from '../config/config.module';
import { AppConfig } from '../config/config.schema';
import { GraphQLMetricsPlugin } from './graphql-metrics.plugin';
import { metricsRequestHandler } from './metrics-endpoint';
import { createMetricsRegistry, METRICS_REGISTRY } from './metrics-registry';
import { PlatformMetricsCollector } from './platform-metrics.collector';

/** The API's GET /metrics handler; bootstrap mounts it ahead of the routes (see metrics-endpoint). */
@Injectable()
export class ApiMetricsEndpoint {
  constructor(
    @Inject(METRICS_REGISTRY) private readonly registry: Registry,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly collector: PlatformMetricsCollector,
  ) {}

  handler() {
    return metricsRequestHandler({ registry: this.registry, token: this.config.metrics.token, refresh: () => this.collector.refresh() });
  }
}

/** Prometheus metrics of the API: GraphQL timings and errors, queues, outbox, matching index, process. */
@Module({
  providers: [{ provide: METRICS_REGISTRY, useFactory: createMetricsRegistry }, GraphQLMetricsPlugin, PlatformMetricsCollector, ApiMetricsEndpoint],
  exports: [METRICS_REGISTRY, ApiMetricsEndpoint],
})
export class MetricsModule {}
