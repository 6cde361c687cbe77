import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppConfig, createValidationPipe, DomainExceptionFilter } from '@ytmt/core';
import { Logger } from 'nestjs-pino';
import { ApiModule } from './app.module';

/** Builds the API application; used by main.ts, the CLI and the tests alike. */
export async function createApiApplication(config: AppConfig): Promise<INestApplication> {
  const app = await NestFactory.create(ApiModule.forRoot(config), { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new DomainExceptionFilter());
  app.enableShutdownHooks();
  return app;
}
