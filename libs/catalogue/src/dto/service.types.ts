import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { GraphQLJSON } from './json.scalar';
import { OrganizationType_ } from '@ytmt/identity';
import { DeliveryMode, ServiceAudience, ServiceStatus } from '../entities/service.entity';
import { ServiceRevisionStatus } from '../entities/service-revision.entity';
import { Taxonomy } from '../entities/taxonomy-term.entity';
import { SERVICE_SNAPSHOT_FIELD_COUNT } from '../service-snapshot';

registerEnumType(Taxonomy, { name: 'Taxonomy' });

@ObjectType('LocalizedText', { description: 'Finnish text with optional Swedish and English versions.' })
export class LocalizedTextType {
  @Field(() => String)
  fi!: string;
  @Field(() => String, { nullable: true })
  sv!: string | null;
  @Field(() => String, { nullable: true })
  en!: string | null;
}

@ObjectType('TaxonomyTerm')
export class TaxonomyTermType {
  @Field(() => ID)
  id!: string;
  @Field(() => Taxonomy)
  taxonomy!: Taxonomy;
  @Field(() => String)
  code!: string;
  @Field(() => String)
  labelFi!: string;
  @Field(() => String, { nullable: true })
  labelSv!: string | null;
  @Field(() => String, { nullable: true })
  labelEn!: string | null;
}

@ObjectType('ServiceLocation')
export class ServiceLocationType {
  @Field(() => ID)
  id!: string;
  @Field(() => String, { nullable: true })
  name!: string | null;
  @Field(() => String)
  streetAddress!: string;
  @Field(() => String)
  postalCode!: string;
  @Field(() => String)
  municipalityCode!: string;
  @Field(() => Float, { nullable: true })
  latitude!: number | null;
  @Field(() => Float, { nullable: true })
  longitude!: number | null;
  @Field(() => String, { nullable: true })
  accessibilityFi!: string | null;
}

@ObjectType('CostOption')
export class CostOptionType {
  @Field(() => Float, { nullable: true })
  amount!: number | null;
  @Field(() => String, { nullable: true })
  currency!: string | null;
  @Field(() => String, { nullable: true })
  unit!: string | null;
  @Field(() => String, { nullable: true })
  descriptionFi!: string | null;
}

@ObjectType('ServiceAreaCoverage', { description: 'Where the service is available.' })
export class ServiceCoverageType {
  @Field(() => Boolean)
  national!: boolean;
  @Field(() => [ID])
  employmentAreaIds!: string[];
  @Field(() => [String])
  municipalityCodes!: string[];
}

@ObjectType('Service')
export class ServiceType {
  @Field(() => ID)
  id!: string;
  @Field(() => ServiceStatus)
  status!: ServiceStatus;
  @Field(() => OrganizationType_, { description: 'The organisation that provides the service.' })
  provider!: OrganizationType_;
  @Field(() => LocalizedTextType)
  name!: LocalizedTextType;
  @Field(() => LocalizedTextType)
  summary!: LocalizedTextType;
  @Field(() => LocalizedTextType)
  description!: LocalizedTextType;
  @Field(() => ServiceAudience)
  audience!: ServiceAudience;
  @Field(() => [TaxonomyTermType])
  categories!: TaxonomyTermType[];
  @Field(() => [TaxonomyTermType])
  targetGroups!: TaxonomyTermType[];
  @Field(() => ServiceCoverageType)
  coverage!: ServiceCoverageType;
  @Field(() => [ServiceLocationType])
  locations!: ServiceLocationType[];
  @Field(() => DeliveryMode)
  deliveryMode!: DeliveryMode;
  @Field(() => [String])
  languages!: string[];
  @Field(() => Boolean)
  isFree!: boolean;
  @Field(() => [CostOptionType])
  costOptions!: CostOptionType[];
  @Field(() => String, { nullable: true })
  eligibilityFi!: string | null;
  @Field(() => Int, { nullable: true })
  minimumAge!: number | null;
  @Field(() => Int, { nullable: true })
  maximumAge!: number | null;
  @Field(() => String, { nullable: true })
  howToTakePartFi!: string | null;
  @Field(() => Int, { nullable: true })
  capacity!: number | null;
  @Field(() => String, { nullable: true })
  scheduleFi!: string | null;
  @Field(() => String, { nullable: true })
  url!: string | null;
  @Field(() => String, { nullable: true })
  email!: string | null;
  @Field(() => String, { nullable: true })
  phone!: string | null;
  @Field(() => String, { nullable: true, description: 'Why moderation rejected the last submission.' })
  rejectionReason!: string | null;
  @Field(() => [ID], {
    description: 'Employment areas whose moderators approved the current submission; it is published once every covered area has (or a platform admin has).',
  })
  approvedEmploymentAreaIds!: string[];
  @Field(() => GraphQLISODateTime, { nullable: true })
  submittedAt!: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true })
  publishedAt!: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true })
  archivedAt!: Date | null;
  @Field(() => GraphQLISODateTime)
  updatedAt!: Date;
}

/** Fields of a service read from its relations: resolved through per-request loaders when absent. */
export type ServiceRelationField = 'provider' | 'categories' | 'targetGroups' | 'coverage' | 'locations' | 'costOptions';
/** A service's own columns only, with the keys its relations load by. */
export type ServiceOwnFields = Omit<ServiceType, ServiceRelationField> & { organizationId: string; isNational: boolean };
/**
 * A service as resolvers return it: whole (a list that loaded aggregates anyway), or its own
 * columns only, whose relations load (batched per request) only if the query selects them.
 */
export type ServiceParent = ServiceType | ServiceOwnFields;

@ObjectType('ServiceChange', { description: 'HSDS metadata: one field changed on a service.' })
export class ServiceChangeType {
  @Field(() => ID)
  id!: string;
  @Field(() => String)
  actionType!: string;
  @Field(() => String)
  fieldName!: string;
  @Field(() => GraphQLJSON, { nullable: true })
  previousValue!: unknown;
  @Field(() => GraphQLJSON, { nullable: true })
  newValue!: unknown;
  @Field(() => ID, { nullable: true })
  changedByUserId!: string | null;
  @Field(() => GraphQLISODateTime)
  changedAt!: Date;
}

registerEnumType(ServiceRevisionStatus, { name: 'ServiceRevisionStatus' });

@ObjectType('ServiceFieldChange', { description: 'One field of a service: the live value and the proposed one.' })
export class ServiceFieldChangeType {
  @Field(() => String, { description: 'As in ServiceInput, e.g. nameFi, isNational, employmentAreaIds.' })
  fieldName!: string;
  @Field(() => GraphQLJSON, { nullable: true })
  before!: unknown;
  @Field(() => GraphQLJSON, { nullable: true })
  after!: unknown;
}

@ObjectType('ServiceRevision', {
  description:
    'An edit of a published service waiting for moderation; the live version stays until it is approved. Seen by the provider and the moderators of the areas concerned.',
})
export class ServiceRevisionType {
  @Field(() => ID)
  id!: string;
  @Field(() => ServiceRevisionStatus)
  status!: ServiceRevisionStatus;
  @Field(() => ServiceType, { description: 'The live (approved) version.' })
  service!: ServiceType;
  @Field(() => [ServiceFieldChangeType], {
    description: 'Field by field, live → proposed; for a decided revision, as it stood when decided.',
    // One entry at most per field of a service (the query cost counts every list element).
    complexity: ({ childComplexity }) => 1 + childComplexity * SERVICE_SNAPSHOT_FIELD_COUNT,
  })
  changes!: ServiceFieldChangeType[];
  @Field(() => ServiceCoverageType, { description: 'Where the proposed version would be available.' })
  proposedCoverage!: ServiceCoverageType;
  @Field(() => Boolean, { description: 'The proposed version is national: only platform admins decide.' })
  requiresPlatformAdmin!: boolean;
  @Field(() => [ID], { description: 'Employment areas the proposed version covers; each must approve (or a platform admin).' })
  requiredEmploymentAreaIds!: string[];
  @Field(() => [ID], { description: 'Areas that have approved so far.' })
  approvedEmploymentAreaIds!: string[];
  @Field(() => Boolean, { description: 'Whether you may approve or reject it now.' })
  canDecide!: boolean;
  @Field(() => String, { nullable: true, description: 'Why moderation rejected it; shown to the provider.' })
  rejectionReason!: string | null;
  @Field(() => GraphQLISODateTime)
  createdAt!: Date;
  @Field(() => GraphQLISODateTime)
  updatedAt!: Date;
  @Field(() => GraphQLISODateTime, { nullable: true })
  decidedAt!: Date | null;
}
