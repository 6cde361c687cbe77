import { Module } from '@nestjs/common';
import { CatalogueModule } from '@ytmt/catalogue';
import { MarketplaceModule } from '@ytmt/marketplace';
import { MatcherService, MatchingModule } from '@ytmt/matching';
import { NeedsModule } from '@ytmt/needs';
import { NotificationsModule } from '@ytmt/notifications';
import { RegionsModule } from '@ytmt/regions';
import { TalentModule } from '@ytmt/talent';
import { DemoCandidatesSeeder } from './demo-candidates.seeder';
import { DemoCatalogueSeeder } from './demo-catalogue.seeder';
import { DemoCrmSeeder } from './demo-crm.seeder';
import { DemoMarketplaceSeeder } from './demo-marketplace.seeder';
import { DemoNeedsSeeder } from './demo-needs.seeder';
import { DemoSeeder } from './demo-seeder.service';
import { DemoTalentSeeder } from './demo-talent.seeder';

const SEEDERS = [DemoSeeder, DemoCatalogueSeeder, DemoCrmSeeder, DemoNeedsSeeder, DemoTalentSeeder, DemoCandidatesSeeder, DemoMarketplaceSeeder];

/**
 * The demo seeders. The candidates seeder computes suggestions with a MatcherService of its own,
 * in-process: MatchingWorkerModule would bring the worker's job handlers and schedules, which
 * have no place in the CLI.
 */
@Module({
  imports: [RegionsModule, CatalogueModule, NeedsModule, TalentModule, MatchingModule, MarketplaceModule, NotificationsModule],
  providers: [...SEEDERS, MatcherService],
  exports: SEEDERS,
})
export class DemoModule {}
