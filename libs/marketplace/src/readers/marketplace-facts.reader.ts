import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { NeedForward } from '../entities/need-forward.entity';
import { Proposal } from '../entities/proposal.entity';

/** For other domains (notifications): one proposal or one forward of a need, as it stands now. */
@Injectable()
export class MarketplaceFactsReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The proposal, or null when there is none with that id. */
  proposal(proposalId: string, manager: EntityManager = this.dataSource.manager): Promise<Proposal | null> {
    return manager.getRepository(Proposal).findOneBy({ id: proposalId });
  }

  /** The forward, or null when there is none with that id. */
  needForward(forwardId: string, manager: EntityManager = this.dataSource.manager): Promise<NeedForward | null> {
    return manager.getRepository(NeedForward).findOneBy({ id: forwardId });
  }
}
