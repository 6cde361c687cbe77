import { Inject, Module, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { APP_CONFIG } from '../config/config.module';
import { AppConfig } from '../config/config.schema';
import { AppConfigController } from './app-config.controller';
import { createWebAppRouter } from './web-app.router';

/**
 * The web app's side of the API: GET /app-config.json and the built single-page app at /.
 * Mounted once the controllers' routes are in place, so /graphql, /health and /hsds answer
 * first and the web app only sees what they leave.
 */
@Module({ controllers: [AppConfigController] })
export class WebAppModule implements OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.adapterHost.httpAdapter.use(createWebAppRouter(this.config));
  }
}
