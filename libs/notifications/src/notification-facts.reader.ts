import { Injectable } from '@nestjs/common';
import { ServiceFactsReader, ServiceModerationReader } from '@ytmt/catalogue';
import { Role } from '@ytmt/core';
import { CompanyTransferReader } from '@ytmt/crm';
import { OrganizationDirectory, RoleHoldersReader } from '@ytmt/identity';
import { MarketplaceFactsReader } from '@ytmt/marketplace';
import { MatchingFactsReader } from '@ytmt/matching';
import { NeedSummaryReader } from '@ytmt/needs';
import { RegionNamesReader, RegionsService } from '@ytmt/regions';
import { ProfileOwnerReader } from '@ytmt/talent';
import { EntityManager } from 'typeorm';
import { CandidacyClosedFacts, CompanyTransferFacts, NeedForwardFacts, ProposalFacts, ServiceModerationFacts, ServiceRevisionFacts, ServiceSubmissionFacts, ShareRequestFacts } from './notification-recipes';

/** Those who moderate a regional service: the staff of the areas it covers. */
const AREA_MODERATOR_ROLES: readonly Role[] = [Role.COORDINATOR, Role.AREA_ADMIN];

/**
 * Gathers what the recipes need from the libraries that own the records, through their readers
 * (the events only name the record, so the facts are read afresh: a replay sees the state of now).
 * Every method returns null when the record is gone: nobody is notified of what no longer exists.
 */
@Injectable()
export class NotificationFactsReader {
  constructor(
    private readonly marketplace: MarketplaceFactsReader,
    private readonly matching: MatchingFactsReader,
    private readonly needs: NeedSummaryReader,
    private readonly services: ServiceFactsReader,
    private readonly moderation: ServiceModerationReader,
    private readonly transfers: CompanyTransferReader,
    private readonly profiles: ProfileOwnerReader,
    private readonly organizations: OrganizationDirectory,
    private readonly roleHolders: RoleHoldersReader,
    private readonly regions: RegionsService,
    private readonly regionNames: RegionNamesReader,
  ) {}

  async proposal(proposalId: string): Promise<ProposalFacts | null> {
    const proposal = await this.marketplace.proposal(proposalId);
    if (!proposal) return null;
    const need = await this.needs.byId(proposal.needId);
    const service = (await this.services.byIds([proposal.serviceId])).get(proposal.serviceId);
    if (!need || !service) return null;
    const organizations = await this.organizations.byIds([need.organizationId, proposal.providerId]);
    const company = organizations.get(need.organizationId);
    const provider = organizations.get(proposal.providerId);
    if (!company || !provider) return null;
    return {
      proposalId,
      needId: proposal.needId,
      needTitle: need.title,
      companyName: company.name,
      serviceId: proposal.serviceId,
      serviceName: service.nameFi,
      providerName: provider.name,
      status: proposal.status,
      message: proposal.message,
      answerReason: proposal.answerReason,
      proposedByUserId: proposal.proposedByUserId,
      employerUserIds: await this.members(company.id, Role.EMPLOYER_USER),
      providerUserIds: await this.members(provider.id, Role.PROVIDER_USER),
    };
  }

  async shareRequest(shareRequestId: string): Promise<ShareRequestFacts | null> {
    const request = await this.matching.shareRequest(shareRequestId);
    // A request whose profile is gone (erased) has nobody to ask.
    if (!request?.profileId) return null;
    const need = await this.needs.byId(request.needId);
    const company = need && (await this.organizations.byId(need.organizationId));
    if (!need || !company) return null;
    const owners = await this.profiles.ownersOf([request.profileId]);
    if (!owners.has(request.profileId)) return null;
    return {
      shareRequestId,
      status: request.status,
      deadline: new Date(request.deadline),
      message: request.message,
      needId: request.needId,
      needTitle: need.title,
      companyName: company.name,
      jobseekerUserId: owners.get(request.profileId) ?? null,
    };
  }

  async candidacyClosed(candidateId: string): Promise<CandidacyClosedFacts | null> {
    const closure = await this.matching.candidacyClosure(candidateId);
    // A candidacy whose profile is gone (erased) has nobody to tell.
    if (!closure?.profileId) return null;
    const need = await this.needs.byId(closure.needId);
    const company = need && (await this.organizations.byId(need.organizationId));
    if (!need || !company) return null;
    const owners = await this.profiles.ownersOf([closure.profileId]);
    return {
      candidateId,
      needId: closure.needId,
      needTitle: need.title,
      companyName: company.name,
      closedAt: closure.closedAt && new Date(closure.closedAt),
      outcome: closure.outcome,
      reason: closure.reason,
      known: closure.known,
      jobseekerUserId: owners.get(closure.profileId) ?? null,
    };
  }

  async serviceModeration(serviceId: string, serviceChangeId: string): Promise<ServiceModerationFacts | null> {
    const change = await this.moderation.statusChange(serviceId, serviceChangeId);
    if (!change) return null;
    return {
      serviceId,
      serviceChangeId,
      serviceName: change.nameFi,
      outcome: typeof change.newValue === 'string' ? change.newValue : '',
      currentStatus: change.status,
      rejectionReason: change.rejectionReason,
      providerUserIds: await this.members(change.organizationId, Role.PROVIDER_USER),
    };
  }

  async serviceSubmission(serviceId: string, serviceChangeId: string): Promise<ServiceSubmissionFacts | null> {
    const change = await this.moderation.statusChange(serviceId, serviceChangeId);
    const provider = change && (await this.organizations.byId(change.organizationId));
    if (!change || !provider) return null;
    return {
      serviceId,
      serviceChangeId,
      serviceName: change.nameFi,
      providerName: provider.name,
      movedTo: typeof change.newValue === 'string' ? change.newValue : '',
      currentStatus: change.status,
      latestStatusChange: change.latest,
      isNational: change.isNational,
      platformAdminUserIds: await this.roleHolders.userIdsWithRole(Role.PLATFORM_ADMIN),
      areaModeratorUserIds: await this.areaModerators(serviceId),
    };
  }

  async serviceRevision(serviceId: string, serviceRevisionId: string): Promise<ServiceRevisionFacts | null> {
    const revision = await this.moderation.revision(serviceId, serviceRevisionId);
    const provider = revision && (await this.organizations.byId(revision.organizationId));
    if (!revision || !provider) return null;
    // The areas the proposed version covers (directly or through a municipality) that have not approved it yet.
    const approved = new Set(revision.approvedEmploymentAreaIds);
    const areas = await this.areasCovering(revision.proposedEmploymentAreaIds, revision.proposedMunicipalityCodes);
    return {
      serviceId,
      serviceRevisionId,
      serviceName: revision.nameFi,
      proposedName: revision.proposedName ?? revision.nameFi,
      providerName: provider.name,
      status: revision.status,
      contentDigest: revision.contentDigest,
      rejectionReason: revision.rejectionReason,
      isNational: revision.isNational,
      platformAdminUserIds: await this.roleHolders.userIdsWithRole(Role.PLATFORM_ADMIN),
      areaModeratorUserIds: await this.organizations.areaMemberUserIds(
        areas.filter((areaId) => !approved.has(areaId)),
        AREA_MODERATOR_ROLES,
      ),
      providerUserIds: await this.members(revision.organizationId, Role.PROVIDER_USER),
    };
  }

  async needForward(forwardId: string): Promise<NeedForwardFacts | null> {
    const forward = await this.marketplace.needForward(forwardId);
    if (!forward) return null;
    const need = await this.needs.byId(forward.needId);
    const company = need && (await this.organizations.byId(need.organizationId));
    if (!need || !company) return null;
    return {
      forwardId,
      needId: forward.needId,
      needTitle: need.title,
      companyName: company.name,
      message: forward.message,
      providerUserIds: await this.members(forward.providerId, Role.PROVIDER_USER),
    };
  }

  async companyTransfer(transferId: string): Promise<CompanyTransferFacts | null> {
    const transfer = await this.transfers.byId(transferId);
    const company = transfer && (await this.organizations.byId(transfer.organizationId));
    if (!transfer || !company) return null;
    const municipalities = await this.regionNames.municipalitiesByCodes([transfer.fromMunicipalityCode, transfer.toMunicipalityCode]);
    const from = municipalities.get(transfer.fromMunicipalityCode);
    const to = municipalities.get(transfer.toMunicipalityCode);
    if (!from || !to) return null;
    const areaIds = [transfer.fromEmploymentAreaId, transfer.toEmploymentAreaId].filter((id): id is string => id !== null);
    const areas = await this.regionNames.employmentAreasByIds(areaIds);
    const areaName = (id: string | null): string | null => (id === null ? null : (areas.get(id)?.nameFi ?? null));
    return {
      transferId,
      companyId: transfer.organizationId,
      companyName: company.name,
      fromMunicipalityName: from.nameFi,
      toMunicipalityName: to.nameFi,
      fromAreaName: areaName(transfer.fromEmploymentAreaId),
      toAreaName: areaName(transfer.toEmploymentAreaId),
      reason: transfer.reason,
      staffUserIds: await this.organizations.areaMemberUserIds(areaIds, AREA_MODERATOR_ROLES),
    };
  }

  /** The need with its company, or null; `open` is false once the need is filled or closed. */
  async need(needId: string, manager?: EntityManager): Promise<{ needTitle: string; companyName: string; companyId: string; open: boolean } | null> {
    const need = await this.needs.byId(needId, manager);
    const company = need && (await this.organizations.byId(need.organizationId, manager));
    if (!need || !company) return null;
    return { needTitle: need.title, companyName: company.name, companyId: company.id, open: !['FILLED', 'CLOSED'].includes(need.stage) };
  }

  /** Coordinators of the employment area the company's home municipality belongs to. */
  async homeAreaCoordinators(companyId: string, manager?: EntityManager): Promise<string[]> {
    const company = await this.organizations.byId(companyId, manager);
    const areaId = await this.regions.employmentAreaOf(company?.homeMunicipalityCode, manager);
    if (!areaId) return [];
    return this.organizations.areaMemberUserIds([areaId], [Role.COORDINATOR], manager);
  }

  /**
   * Coordinators and area admins of the employment areas a service covers: the areas of its
   * service_area rows and of their municipalities, as ServiceRepository works out its scope.
   */
  private async areaModerators(serviceId: string): Promise<string[]> {
    const coverage = await this.moderation.coverage(serviceId);
    const areas = await this.areasCovering(coverage.employmentAreaIds, coverage.municipalityCodes);
    return this.organizations.areaMemberUserIds(areas, AREA_MODERATOR_ROLES);
  }

  /** The areas named directly and those of the municipalities, distinct. */
  private async areasCovering(employmentAreaIds: readonly string[], municipalityCodes: readonly string[]): Promise<string[]> {
    const ofMunicipalities = await this.regions.employmentAreasOf(municipalityCodes);
    return [...new Set([...employmentAreaIds, ...ofMunicipalities.values()])];
  }

  private members(organizationId: string, role: Role): Promise<string[]> {
    return this.organizations.memberUserIds([organizationId], [role]);
  }
}
