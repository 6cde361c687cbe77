import { Controller, Get, Header, Inject } from '@nestjs/common';
import { Public } from '../auth/auth.decorators';
import { APP_CONFIG } from '../config/config.module';
import { AppConfig } from '../config/config.schema';
import { WEB_APP_CONFIG_PATH } from './web-app-paths';
import { WebAppConfig, webAppConfig } from './web-app-config';

@Controller()
export class AppConfigController {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Public()
  @Get(WEB_APP_CONFIG_PATH.slice(1))
  // Settings change with a restart; a cached copy would offer the wrong sign-in.
  @Header('Cache-Control', 'no-store')
  appConfig(): WebAppConfig {
    return webAppConfig(this.config);
  }
}
