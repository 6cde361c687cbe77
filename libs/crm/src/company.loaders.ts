import { Injectable, OnModuleInit } from '@nestjs/common';
import { DataLoaderRegistry, groupByKeys, LoaderKey } from '@ytmt/core';
import { CompanyInvitationService } from './company-invitation.service';
import { CompanyTransferService } from './company-transfer.service';
import { CompanyInvitation } from './entities/company-invitation.entity';
import { CompanyTransfer } from './entities/company-transfer.entity';

/** Per-request loaders of a company list's per-row fields: one query per page, not per company. */
export const CompanyLoaders = {
  /** Company id → its moves between areas, newest first. */
  transfers: new LoaderKey<string, CompanyTransfer[]>('crm.companyTransfers'),
  /** Company id → its open invitations, newest first. */
  openInvitations: new LoaderKey<string, CompanyInvitation[]>('crm.companyOpenInvitations'),
};

@Injectable()
export class CompanyLoaderRegistrar implements OnModuleInit {
  constructor(
    private readonly registry: DataLoaderRegistry,
    private readonly transfers: CompanyTransferService,
    private readonly invitations: CompanyInvitationService,
  ) {}

  onModuleInit(): void {
    this.registry.register(CompanyLoaders.transfers, async (companyIds) =>
      groupByKeys(companyIds, await this.transfers.histories(companyIds), (transfer) => transfer.organizationId),
    );
    this.registry.register(CompanyLoaders.openInvitations, async (companyIds) =>
      groupByKeys(companyIds, await this.invitations.forCompanies(companyIds), (invitation) => invitation.organizationId),
    );
  }
}
