// Pure: no Nest, no I/O. The editable state of a service as plain values, for field-level
// history (HSDS metadata) and for the search document.
import { Taxonomy } from './entities/taxonomy-term.entity';
import type { ServiceAggregate } from './service.repository';
import type { ServiceInput } from './dto/service.inputs';
import type { ServiceSearchDocument } from './search/service-search.port';

export type ServiceSnapshot = Record<string, unknown>;

const SCALAR_FIELDS = [
  'nameFi', 'nameSv', 'nameEn', 'summaryFi', 'summarySv', 'summaryEn', 'descriptionFi', 'descriptionSv', 'descriptionEn',
  'audience', 'deliveryMode', 'isNational', 'isFree', 'eligibilityFi', 'minimumAge', 'maximumAge', 'howToTakePartFi',
  'capacity', 'scheduleFi', 'url', 'email', 'phone',
] as const;

/** How many fields a snapshot has, and so the most a diff can list. */
export const SERVICE_SNAPSHOT_FIELD_COUNT = SCALAR_FIELDS.length + 7;

export function snapshotOf(aggregate: ServiceAggregate): ServiceSnapshot {
  const { service } = aggregate;
  const snapshot: ServiceSnapshot = {};
  for (const field of SCALAR_FIELDS) snapshot[field] = service[field] ?? null;
  snapshot['languages'] = [...service.languages].sort();
  snapshot['categoryCodes'] = aggregate.terms.filter((t) => t.taxonomy === Taxonomy.SERVICE_CATEGORY).map((t) => t.code).sort();
  snapshot['targetGroupCodes'] = aggregate.terms.filter((t) => t.taxonomy === Taxonomy.TARGET_GROUP).map((t) => t.code).sort();
  snapshot['employmentAreaIds'] = aggregate.areas.flatMap((a) => (a.employmentAreaId ? [a.employmentAreaId] : [])).sort();
  snapshot['municipalityCodes'] = aggregate.areas.flatMap((a) => (a.municipalityCode ? [a.municipalityCode] : [])).sort();
  snapshot['locations'] = aggregate.locations
    .map((l) => ({
      name: l.name,
      streetAddress: l.streetAddress,
      postalCode: l.postalCode,
      municipalityCode: l.municipalityCode,
      latitude: l.latitude,
      longitude: l.longitude,
      accessibilityFi: l.accessibilityFi,
    }))
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  snapshot['costOptions'] = aggregate.costOptions
    .map((c) => ({ amount: c.amount === null ? null : Number(c.amount), currency: c.currency, unit: c.unit, descriptionFi: c.descriptionFi }))
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  return snapshot;
}

const sortedByJson = <T>(items: T[]): T[] => items.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

/** The same shape as `snapshotOf`, for a proposed version kept as the provider's input. */
/** A place of the input as stored: absent optional values are null. */
export function locationFields(l: ServiceInput['locations'][number]) {
  return {
    name: l.name ?? null,
    streetAddress: l.streetAddress,
    postalCode: l.postalCode,
    municipalityCode: l.municipalityCode,
    latitude: l.latitude ?? null,
    longitude: l.longitude ?? null,
    accessibilityFi: l.accessibilityFi ?? null,
  };
}

export function snapshotOfInput(input: ServiceInput): ServiceSnapshot {
  const snapshot: ServiceSnapshot = {};
  const values = input as unknown as Record<string, unknown>;
  for (const field of SCALAR_FIELDS) snapshot[field] = values[field] ?? null;
  snapshot['languages'] = [...input.languages].sort();
  snapshot['categoryCodes'] = [...input.categoryCodes].sort();
  snapshot['targetGroupCodes'] = [...(input.targetGroupCodes ?? [])].sort();
  snapshot['employmentAreaIds'] = [...(input.employmentAreaIds ?? [])].sort();
  snapshot['municipalityCodes'] = [...(input.municipalityCodes ?? [])].sort();
  snapshot['locations'] = sortedByJson(
    (input.locations ?? []).map(locationFields),
  );
  snapshot['costOptions'] = sortedByJson(
    (input.costOptions ?? []).map((c) => ({
      amount: c.amount === undefined || c.amount === null ? null : Number(c.amount.toFixed(2)),
      currency: c.currency ?? null,
      unit: c.unit ?? null,
      descriptionFi: c.descriptionFi ?? null,
    })),
  );
  return snapshot;
}

export interface FieldChange {
  fieldName: string;
  previousValue: unknown;
  newValue: unknown;
}

export function diffSnapshots(before: ServiceSnapshot, after: ServiceSnapshot): FieldChange[] {
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  return fields
    .filter((field) => JSON.stringify(before[field] ?? null) !== JSON.stringify(after[field] ?? null))
    .map((field) => ({ fieldName: field, previousValue: before[field] ?? null, newValue: after[field] ?? null }));
}

export function toSearchDocument(aggregate: ServiceAggregate): ServiceSearchDocument {
  const { service, provider } = aggregate;
  return {
    id: service.id,
    organizationId: provider.id,
    organizationName: provider.name,
    sector: provider.sector,
    name: { fi: service.nameFi, sv: service.nameSv, en: service.nameEn },
    summary: { fi: service.summaryFi, sv: service.summarySv, en: service.summaryEn },
    description: { fi: service.descriptionFi, sv: service.descriptionSv, en: service.descriptionEn },
    categories: aggregate.terms.filter((t) => t.taxonomy === Taxonomy.SERVICE_CATEGORY).map((t) => t.code).sort(),
    targetGroups: aggregate.terms.filter((t) => t.taxonomy === Taxonomy.TARGET_GROUP).map((t) => t.code).sort(),
    audience: service.audience,
    deliveryMode: service.deliveryMode,
    languages: [...service.languages].sort(),
    isFree: service.isFree,
    isNational: service.isNational,
    employmentAreaIds: aggregate.areas.flatMap((a) => (a.employmentAreaId ? [a.employmentAreaId] : [])).sort(),
    municipalityCodes: aggregate.areas.flatMap((a) => (a.municipalityCode ? [a.municipalityCode] : [])).sort(),
    locations: aggregate.locations.flatMap((l) =>
      l.latitude !== null && l.longitude !== null ? [{ latitude: l.latitude, longitude: l.longitude }] : [],
    ),
    publishedAt: (service.publishedAt ?? service.updatedAt).toISOString(),
  };
}
