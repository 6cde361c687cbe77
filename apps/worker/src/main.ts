import 'reflect-metadata';
import { ConfigValidationError, loadConfig } from '@ytmt/core';
import { createWorkerContext, startWorker } from './bootstrap';
import { probeWorker } from './probe';

async function main(): Promise<void> {
  const config = loadConfig();
  // `--probe`: the worker's health check (it has no HTTP port); exit 0 while a heartbeat is fresh.
  if (process.argv.includes('--probe')) {
    process.exitCode = (await probeWorker(config)) ? 0 : 1;
    return;
  }
  const context = await createWorkerContext(config);
  await startWorker(context);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigValidationError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(`Worker failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  }
  process.exit(1);
});
