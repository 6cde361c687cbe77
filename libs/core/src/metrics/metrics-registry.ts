import { collectDefaultMetrics, Registry } from 'prom-client';

/** The registry of one process's metrics; injected under this token. */
export const METRICS_REGISTRY = Symbol('METRICS_REGISTRY');

/**
 * A registry per application rather than prom-client's global one: tests boot several apps in one
 * process, and each must report only its own requests. Node's process metrics (CPU, memory, event
 * loop lag, GC) come with it.
 */
export function createMetricsRegistry(): Registry {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  return registry;
}
