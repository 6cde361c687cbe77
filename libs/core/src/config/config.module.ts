import { existsSync } from 'node:fs';
import { Global, Module } from '@nestjs/common';
import { AppConfig, parseConfig } from './config.schema';

export const APP_CONFIG = Symbol('APP_CONFIG');

let cached: AppConfig | undefined;

/** Parsed once per process; tests pass their own config through ConfigModule.forRoot. */
export function loadConfig(): AppConfig {
  // A local .env fills in what the environment does not set (it never overrides it).
  if (!cached && existsSync('.env')) process.loadEnvFile('.env');
  cached ??= parseConfig(process.env);
  return cached;
}

@Global()
@Module({})
export class ConfigModule {
  static forRoot(config: AppConfig = loadConfig()) {
    return {
      module: ConfigModule,
      providers: [{ provide: APP_CONFIG, useValue: config }],
      exports: [APP_CONFIG],
    };
  }
}
