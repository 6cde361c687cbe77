export * from './demo-data';
export * from './demo-services';
export * from './demo-seeder.service';
export * from './demo-catalogue.seeder';
export * from './demo.module';
