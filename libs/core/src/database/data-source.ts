// The one DataSource definition: the TypeORM CLI loads this file, Nest and our CLI reuse
// buildDataSourceOptions with the same parsed config.
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadConfig } from '../config/config.module';
import { buildDataSourceOptions } from './data-source-options';

const dataSource = new DataSource(buildDataSourceOptions(loadConfig().databaseUrl));
export default dataSource;
