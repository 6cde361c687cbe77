import { Module } from '@nestjs/common';
import { CatalogueModule } from '@ytmt/catalogue';
import { RegionsModule } from '@ytmt/regions';
import { DemoCatalogueSeeder } from './demo-catalogue.seeder';
import { DemoSeeder } from './demo-seeder.service';

@Module({ imports: [RegionsModule, CatalogueModule], providers: [DemoSeeder, DemoCatalogueSeeder], exports: [DemoSeeder, DemoCatalogueSeeder] })
export class DemoModule {}
