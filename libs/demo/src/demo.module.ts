import { Module } from '@nestjs/common';
import { CatalogueModule } from '@ytmt/catalogue';
import { NeedsModule } from '@ytmt/needs';
import { RegionsModule } from '@ytmt/regions';
import { DemoCatalogueSeeder } from './demo-catalogue.seeder';
import { DemoCrmSeeder } from './demo-crm.seeder';
import { DemoNeedsSeeder } from './demo-needs.seeder';
import { DemoSeeder } from './demo-seeder.service';

const SEEDERS = [DemoSeeder, DemoCatalogueSeeder, DemoCrmSeeder, DemoNeedsSeeder];

@Module({ imports: [RegionsModule, CatalogueModule, NeedsModule], providers: SEEDERS, exports: SEEDERS })
export class DemoModule {}
