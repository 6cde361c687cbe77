import { Module } from '@nestjs/common';
import { CatalogueModule } from '@ytmt/catalogue';
import { NeedsModule } from '@ytmt/needs';
import { ForwardService } from './forward.service';
import { MarketplaceResolver } from './marketplace.resolver';
import { NeedForwardAudience } from './need-forward.audience';
import { ProposalService } from './proposal.service';
import { MarketplaceFactsReader } from './readers/marketplace-facts.reader';
import { MarketplaceInsightsReader } from './readers/marketplace-insights.reader';

/**
 * Data and domain services of proposals and forwards, for every app. Every app that indexes or
 * checks needs loads it: it tells need search which providers a need was forwarded to.
 */
@Module({
  imports: [NeedsModule, CatalogueModule],
  providers: [ProposalService, ForwardService, NeedForwardAudience, MarketplaceFactsReader, MarketplaceInsightsReader],
  exports: [ProposalService, ForwardService, MarketplaceFactsReader, MarketplaceInsightsReader],
})
export class MarketplaceModule {}

@Module({ imports: [MarketplaceModule], providers: [MarketplaceResolver] })
export class MarketplaceApiModule {}
