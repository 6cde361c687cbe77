import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { AppConfig, createValidationPipe, DomainExceptionFilter } from '@ytmt/core';
import { Logger } from 'nestjs-pino';
import { ApiModule } from './app.module';

/** Builds the API application; used by main.ts, the CLI and the tests alike. */
export async function createApiApplication(config: AppConfig): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(ApiModule.forRoot(config), { bufferLogs: true });
  // Tells attackers nothing they need; applies to every route, the web app's and the API's.
  app.disable('x-powered-by');
  app.useLogger(app.get(Logger));
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new DomainExceptionFilter());
  app.enableShutdownHooks();
  return app;
}
