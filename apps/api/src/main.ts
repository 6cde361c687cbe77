import 'reflect-metadata';
import { ConfigValidationError, loadConfig } from '@ytmt/core';
import { createApiApplication } from './bootstrap';

async function main(): Promise<void> {
  const config = loadConfig();
  const app = await createApiApplication(config);
  await app.listen(config.port, '0.0.0.0');
}

main().catch((error: unknown) => {
  if (error instanceof ConfigValidationError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(`API failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  }
  process.exit(1);
});
