import { Module } from '@nestjs/common';
import { NeedsModule } from '@ytmt/needs';
import { ForwardService } from './forward.service';
import { MarketplaceResolver } from './marketplace.resolver';
import { ProposalService } from './proposal.service';

@Module({
  imports: [NeedsModule],
  providers: [ProposalService, ForwardService],
  exports: [ProposalService, ForwardService],
})
export class MarketplaceModule {}

@Module({ imports: [MarketplaceModule], providers: [MarketplaceResolver] })
export class MarketplaceApiModule {}
