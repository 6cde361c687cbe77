export * from './exclusionary-wording.matcher';
export * from './need-assistant.rules';
export * from './need-assistant.entity';
export * from './need-assistant.types';
export * from './need-assistant.service';
export * from './need-assistant.reader';
export * from './need-assistant.resolver';
