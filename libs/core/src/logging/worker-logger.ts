import { LoggerService } from '@nestjs/common';
import pino, { Logger as PinoLogger } from 'pino';
import { LogLevel } from '../config/config.schema';

/** The same JSON log shape for processes without HTTP (worker, CLI). */
export class StructuredLogger implements LoggerService {
  private readonly pino: PinoLogger;

  constructor(level: LogLevel, base: Record<string, string>) {
    this.pino = pino({ level, base });
  }

  log(message: unknown, context?: string) {
    this.pino.info({ context }, String(message));
  }
  error(message: unknown, trace?: string, context?: string) {
    this.pino.error({ context, trace }, String(message));
  }
  warn(message: unknown, context?: string) {
    this.pino.warn({ context }, String(message));
  }
  debug(message: unknown, context?: string) {
    this.pino.debug({ context }, String(message));
  }
  verbose(message: unknown, context?: string) {
    this.pino.trace({ context }, String(message));
  }
}
