import { Module } from '@nestjs/common';
import { AuditModule } from '@ytmt/core';
import { RegionsModule } from '@ytmt/regions';
import { AuditEventQueryService } from './audit-event-query.service';
import { CompanyAccountService } from './company-account.service';
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

const SERVICES = [
  CompanyRepository,
  CompanyAccountService,
  CompanyQueryService,
  CompanyCoordinationService,
  CompanyInvitationService,
  CompanyTransferService,
  ContactPersonService,
  InteractionService,
  FollowUpTaskService,
  AuditEventQueryService,
];

/** Data and domain services of company accounts and the CRM, for every app (the audit log included). */
@Module({ imports: [RegionsModule, AuditModule], providers: SERVICES, exports: SERVICES })
export class CrmModule {}

/** The GraphQL surface, for the API app. */
@Module({ imports: [CrmModule], providers: [CompanyResolver, CrmResolver] })
export class CrmApiModule {}
