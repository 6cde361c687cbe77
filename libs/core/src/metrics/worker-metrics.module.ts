import { Global, Inject, Injectable, Logger, Module, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { createServer, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Histogram, Registry } from 'prom-client';
import { APP_CONFIG } from '../config/config.module';
import { AppConfig } from '../config/config.schema';
import { JOB_OBSERVER, JobObserver } from './job-observer';
import { METRICS_PATH, metricsRequestHandler } from './metrics-endpoint';
import { createMetricsRegistry, METRICS_REGISTRY } from './metrics-registry';

/** Job durations by queue, job name (from the code's handlers, a closed set) and outcome. */
@Injectable()
export class JobMetrics implements JobObserver {
  private readonly duration: Histogram<'queue' | 'job' | 'outcome'>;

  constructor(@Inject(METRICS_REGISTRY) registry: Registry) {
    this.duration = new Histogram({
      name: 'ytmt_job_duration_seconds',
      help: "Time a job's handler ran in the worker, by queue, job name and outcome.",
      labelNames: ['queue', 'job', 'outcome'],
      buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300],
      registers: [registry],
    });
  }

  jobFinished(queue: string, jobName: string, seconds: number, outcome: 'completed' | 'failed'): void {
    this.duration.observe({ queue, job: jobName, outcome }, seconds);
  }
}

/**
 * The worker has no HTTP port of its own; with WORKER_METRICS_PORT set it serves GET /metrics
 * (and nothing else) there, behind METRICS_TOKEN like the API's. Queue depths and the outbox are
 * the API's to report: they are the same whoever reads them.
 */
@Injectable()
export class WorkerMetricsServer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(WorkerMetricsServer.name);
  private server: Server | null = null;

  constructor(
    @Inject(METRICS_REGISTRY) private readonly registry: Registry,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const { workerPort, workerHost, token } = this.config.metrics;
    if (workerPort === null) return;
    const handle = metricsRequestHandler({ registry: this.registry, token });
    const server = createServer((request, response) => {
      if (new URL(request.url ?? '/', 'http://worker').pathname !== METRICS_PATH) {
        response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found\n');
        return;
      }
      void handle(request, response);
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(workerPort, workerHost, () => resolve());
    });
    this.server = server;
    this.logger.log(`Serving metrics at http://${workerHost}:${this.port()}${METRICS_PATH}`);
  }

  /** The port listened on (the one the OS chose when WORKER_METRICS_PORT=0); null when off. */
  port(): number | null {
    return this.server ? (this.server.address() as AddressInfo).port : null;
  }

  async onApplicationShutdown(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

/** Imported by the worker app: its process metrics, job durations and optional /metrics server. */
// Global: the WorkerHost (queue runtime) finds the JOB_OBSERVER without importing this module.
@Global()
@Module({
  providers: [{ provide: METRICS_REGISTRY, useFactory: createMetricsRegistry }, JobMetrics, { provide: JOB_OBSERVER, useExisting: JobMetrics }, WorkerMetricsServer],
  exports: [METRICS_REGISTRY, JOB_OBSERVER, WorkerMetricsServer],
})
export class WorkerMetricsModule {}
