import { AuditEvent, Principal } from '@ytmt/core';
import { InvitationForInvitee } from './company-invitation.service';
import { CompanyAggregate, scopeOf } from './company.repository';
import { CrmPolicy } from './crm.policy';
import {
  AuditEventType,
  CompanyInvitationType,
  CompanyTransferType,
  CompanyType,
  ContactPersonType,
  FollowUpTaskType,
  InteractionType,
  InvitationToCompanyType,
} from './dto/crm.types';
import { CompanyInvitation } from './entities/company-invitation.entity';
import { CompanyTransfer } from './entities/company-transfer.entity';
import { ContactPerson, Interaction } from './entities/crm-record.entity';
import { TaskWithCompany } from './follow-up-task.service';
import { industrySectionName } from './industry/tol2008';

/** The company as this caller may see it: coordination for area staff, users for the company's own users. */
export function toCompanyType(aggregate: CompanyAggregate, principal: Principal): CompanyType {
  const { organization, profile } = aggregate;
  const scope = scopeOf(aggregate);
  return {
    id: organization.id,
    name: organization.name,
    businessId: organization.businessId ?? '',
    type: organization.type,
    sector: organization.sector,
    website: organization.website,
    email: organization.email,
    phone: organization.phone,
    industry: { section: profile.industrySection, sectionNameFi: industrySectionName(profile.industrySection), code: profile.industryCode },
    sizeClass: profile.sizeClass,
    homeMunicipalityCode: profile.homeMunicipalityCode,
    homeEmploymentAreaId: profile.homeEmploymentAreaId,
    operatingMunicipalityCodes: aggregate.operatingMunicipalityCodes,
    crm: CrmPolicy.canReadCoordination(principal, scope)
      ? {
          tags: aggregate.tags,
          responsibleCoordinators: aggregate.responsibleCoordinators,
          sharedWithEmploymentAreaIds: aggregate.sharedEmploymentAreaIds,
        }
      : null,
    users: CrmPolicy.isEmployerUser(principal, scope) ? aggregate.users : null,
    verificationStatus: profile.verificationStatus,
    verificationMethod: profile.verificationMethod,
    verifiedAt: profile.verifiedAt,
  };
}

export const toCompanyInvitationType = (i: CompanyInvitation, now: Date = new Date()): CompanyInvitationType => ({
  id: i.id,
  email: i.email,
  role: i.role,
  createdAt: i.createdAt,
  expiresAt: i.expiresAt,
  expired: i.expiresAt.getTime() <= now.getTime(),
});

export const toInvitationToCompanyType = ({ invitation, companyName }: InvitationForInvitee): InvitationToCompanyType => ({
  id: invitation.id,
  companyId: invitation.organizationId,
  companyName,
  role: invitation.role,
  expiresAt: invitation.expiresAt,
  accepted: invitation.acceptedAt !== null,
});

export const toCompanyTransferType = (t: CompanyTransfer): CompanyTransferType => ({
  id: t.id,
  fromMunicipalityCode: t.fromMunicipalityCode,
  toMunicipalityCode: t.toMunicipalityCode,
  fromEmploymentAreaId: t.fromEmploymentAreaId,
  toEmploymentAreaId: t.toEmploymentAreaId,
  reason: t.reason,
  at: t.createdAt,
});

export const toContactPersonType = (c: ContactPerson): ContactPersonType => ({
  id: c.id,
  companyId: c.organizationId,
  name: c.name,
  title: c.title,
  email: c.email,
  phone: c.phone,
  updatedAt: c.updatedAt,
});

export const toInteractionType = (i: Interaction): InteractionType => ({
  id: i.id,
  companyId: i.organizationId,
  kind: i.kind,
  occurredAt: i.occurredAt,
  summary: i.summary,
  outcome: i.outcome,
  nextStep: i.nextStep,
  visibility: i.visibility,
  authorUserId: i.authorUserId,
  authorEmploymentAreaId: i.authorEmploymentAreaId,
});

export function toFollowUpTaskType({ task, companyName }: TaskWithCompany, now: Date = new Date()): FollowUpTaskType {
  return {
    id: task.id,
    companyId: task.organizationId,
    companyName,
    title: task.title,
    dueAt: task.dueAt,
    assigneeUserId: task.assigneeUserId,
    done: task.done,
    doneAt: task.doneAt,
    overdue: !task.done && task.dueAt.getTime() < now.getTime(),
  };
}

export const toAuditEventType = (e: AuditEvent): AuditEventType => ({
  id: e.id,
  at: e.at,
  actorUserId: e.actorUserId,
  action: e.action,
  resourceType: e.resourceType,
  resourceId: e.resourceId,
  organizationId: e.organizationId,
  employmentAreaId: e.employmentAreaId,
  details: Object.entries(e.details ?? {})
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, value]) => ({ key, value: value === null ? null : String(value) })),
});
