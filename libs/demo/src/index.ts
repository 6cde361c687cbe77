export * from './demo-data';
export * from './demo-seeder.service';
export * from './demo.module';
