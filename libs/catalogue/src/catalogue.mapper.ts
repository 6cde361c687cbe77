import { toOrganizationType } from '@ytmt/identity';
import {
  CostOptionType,
  ServiceChangeType,
  ServiceCoverageType,
  ServiceLocationType,
  ServiceOwnFields,
  ServiceRevisionType,
  ServiceType,
  TaxonomyTermType,
} from './dto/service.types';
import { ServiceArea, ServiceChange, ServiceCostOption, ServiceLocation } from './entities/service-parts.entity';
import { Service } from './entities/service.entity';
import { Taxonomy, TaxonomyTerm } from './entities/taxonomy-term.entity';
import type { ServiceRevisionView } from './service-revision.service';
import { ServiceAggregate } from './service.repository';

export const toTaxonomyTermType = (t: TaxonomyTerm): TaxonomyTermType => ({
  id: t.id,
  taxonomy: t.taxonomy,
  code: t.code,
  labelFi: t.labelFi,
  labelSv: t.labelSv,
  labelEn: t.labelEn,
});

export function toServiceType({ service, provider, terms, areas, locations, costOptions }: ServiceAggregate): ServiceType {
  const { organizationId: _organizationId, isNational: _isNational, ...own } = toServiceOwnFields(service);
  return {
    ...own,
    provider: toOrganizationType(provider),
    categories: toTermTypes(terms, Taxonomy.SERVICE_CATEGORY),
    targetGroups: toTermTypes(terms, Taxonomy.TARGET_GROUP),
    coverage: toCoverageType(service.isNational, areas),
    locations: locations.map(toLocationType),
    costOptions: costOptions.map(toCostOptionType),
  };
}

export const toTermTypes = (terms: readonly TaxonomyTerm[], taxonomy: Taxonomy): TaxonomyTermType[] =>
  terms.filter((t) => t.taxonomy === taxonomy).map(toTaxonomyTermType);

export const toCoverageType = (national: boolean, areas: readonly ServiceArea[]): ServiceCoverageType => ({
  national,
  employmentAreaIds: areas.flatMap((a) => (a.employmentAreaId ? [a.employmentAreaId] : [])),
  municipalityCodes: areas.flatMap((a) => (a.municipalityCode ? [a.municipalityCode] : [])),
});

export const toLocationType = (l: ServiceLocation): ServiceLocationType => ({
  id: l.id,
  name: l.name,
  streetAddress: l.streetAddress,
  postalCode: l.postalCode,
  municipalityCode: l.municipalityCode,
  latitude: l.latitude,
  longitude: l.longitude,
  accessibilityFi: l.accessibilityFi,
});

export const toCostOptionType = (c: ServiceCostOption): CostOptionType => ({
  amount: c.amount === null ? null : Number(c.amount),
  currency: c.currency,
  unit: c.unit,
  descriptionFi: c.descriptionFi,
});

/** The service's own columns; its relations load through the service field resolvers. */
export function toServiceOwnFields(service: Service): ServiceOwnFields {
  return {
    id: service.id,
    organizationId: service.organizationId,
    isNational: service.isNational,
    status: service.status,
    name: { fi: service.nameFi, sv: service.nameSv, en: service.nameEn },
    summary: { fi: service.summaryFi, sv: service.summarySv, en: service.summaryEn },
    description: { fi: service.descriptionFi, sv: service.descriptionSv, en: service.descriptionEn },
    audience: service.audience,
    deliveryMode: service.deliveryMode,
    languages: service.languages,
    isFree: service.isFree,
    eligibilityFi: service.eligibilityFi,
    minimumAge: service.minimumAge,
    maximumAge: service.maximumAge,
    howToTakePartFi: service.howToTakePartFi,
    capacity: service.capacity,
    scheduleFi: service.scheduleFi,
    url: service.url,
    email: service.email,
    phone: service.phone,
    rejectionReason: service.rejectionReason,
    approvedEmploymentAreaIds: service.approvedEmploymentAreaIds ?? [],
    submittedAt: service.submittedAt,
    publishedAt: service.publishedAt,
    archivedAt: service.archivedAt,
    updatedAt: service.updatedAt,
  };
}

export const toServiceChangeType = (c: ServiceChange): ServiceChangeType => ({
  id: c.id,
  actionType: c.actionType,
  fieldName: c.fieldName,
  previousValue: c.previousValue,
  newValue: c.newValue,
  changedByUserId: c.changedByUserId,
  changedAt: c.changedAt,
});

export function toServiceRevisionType(view: ServiceRevisionView): ServiceRevisionType {
  const { revision, proposed, proposedScope } = view;
  return {
    id: revision.id,
    status: revision.status,
    service: toServiceType(view.live),
    changes: view.changes.map((change) => ({ fieldName: change.fieldName, before: change.previousValue, after: change.newValue })),
    proposedCoverage: {
      national: proposed.isNational,
      employmentAreaIds: proposed.employmentAreaIds ?? [],
      municipalityCodes: proposed.municipalityCodes ?? [],
    },
    requiresPlatformAdmin: proposedScope.isNational,
    requiredEmploymentAreaIds: proposedScope.isNational ? [] : [...proposedScope.employmentAreaIds],
    approvedEmploymentAreaIds: revision.approvedEmploymentAreaIds,
    canDecide: view.canDecide,
    rejectionReason: revision.rejectionReason,
    createdAt: revision.createdAt,
    updatedAt: revision.updatedAt,
    decidedAt: revision.decidedAt,
  };
}
