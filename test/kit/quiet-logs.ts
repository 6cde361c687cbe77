import { Logger } from '@nestjs/common';

// Code run outside an app (importers, seeders) logs through Nest's default logger; in tests only
// errors are worth showing. Apps in tests log through pino at TEST_LOG_LEVEL (silent by default).
Logger.overrideLogger(['error']);
