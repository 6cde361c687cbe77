import { Module } from '@nestjs/common';
import { RegionsModule } from '@ytmt/regions';
import { DemoSeeder } from './demo-seeder.service';

@Module({ imports: [RegionsModule], providers: [DemoSeeder], exports: [DemoSeeder] })
export class DemoModule {}
