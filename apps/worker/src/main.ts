import 'reflect-metadata';
import { ConfigValidationError, loadConfig } from '@ytmt/core';
import { createWorkerContext, startWorker } from './bootstrap';

async function main(): Promise<void> {
  const context = await createWorkerContext(loadConfig());
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
