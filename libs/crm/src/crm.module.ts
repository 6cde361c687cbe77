import { Module } from '@nestjs/common';
import { AuditModule } from '@ytmt/core';
import { RegionsModule } from '@ytmt/regions';
import { AuditEventQueryService } from './audit-event-query.service';
import { CompanyAccountService } from './company-account.service';
import { CompanyChangeListeners } from './company-change.listeners';
import { CompanyLoaderRegistrar } from './company.loaders';
import { CompanyTransferReader } from './readers/company-transfer.reader';
import { CompanyCoordinationService } from './company-coordination.service';
import { CompanyInvitationService } from './company-invitation.service';
import { CompanyTransferService } from './company-transfer.service';
import { CompanyQueryService } from './company-query.service';
import { CompanyRepository } from './company.repository';
import { CompanyResolver } from './company.resolver';
import { ContactPersonService } from './contact-person.service';
import { CrmResolver } from './crm.resolver';
import { FollowUpTaskService } from './follow-up-task.service';
import { InteractionService } from './interaction.service';
import { InteractionRetention } from './interaction-retention';
import { CompanyStandingReader } from './readers/company-standing.reader';

const SERVICES = [
  CompanyRepository,
  CompanyChangeListeners,
  CompanyTransferReader,
  CompanyAccountService,
  CompanyQueryService,
  CompanyCoordinationService,
  CompanyInvitationService,
  CompanyTransferService,
  ContactPersonService,
  InteractionService,
  FollowUpTaskService,
  AuditEventQueryService,
  InteractionRetention,
  CompanyStandingReader,
];

/** Data and domain services of company accounts and the CRM, for every app (the audit log included). */
@Module({ imports: [RegionsModule, AuditModule], providers: SERVICES, exports: SERVICES })
export class CrmModule {}

/** The GraphQL surface, for the API app. */
@Module({ imports: [CrmModule], providers: [CompanyLoaderRegistrar, CompanyResolver, CrmResolver] })
export class CrmApiModule {}
