// Who may find which need in search: the single rule. Pure: the search service turns the caller
// into an audience here, both engines translate canSee into their own filter language, and the
// contract tests check every engine against canSee. Change the rule here, then in both engines.
//
// The three visibilities are nested audiences:
//   PUBLIC                     everyone (an open job ad) — and everyone below;
//   COORDINATORS_AND_PROVIDERS coordinators of the need's area or of the company's areas, and
//                              providers whose published services cover the need's place;
//   COORDINATORS_ONLY          coordinators of the company's home area and of the areas its
//                              account is shared with.
// Whatever the visibility, a company's own users, the providers a coordinator forwarded the
// need to, and platform admins see it. Area admins count as coordinators of their area.
//
// Decision: the general public finds only open PUBLIC needs (not FILLED or CLOSED): a filled job
// ad is no longer an offer. Everyone with a closer grant keeps finding a finished need, with its
// stage, so a coordinator can still look it up.
import { employmentAreasWithRole, hasRole, organizationsWithRole, Principal, Role } from '@ytmt/core';
import { NeedStage, NeedVisibility } from '../need.enums';
import { NeedSearchAudience, NeedSearchDocument, ProviderCoverage } from './need-search.port';

/** Stages after which a need is no longer an open offer. */
export const FINISHED_NEED_STAGES: readonly string[] = [NeedStage.FILLED, NeedStage.CLOSED];

/** Visibilities that coordinators of the need's area and covering providers may see. */
export const PROVIDER_VISIBLE: readonly string[] = [NeedVisibility.PUBLIC, NeedVisibility.COORDINATORS_AND_PROVIDERS];

export const NO_COVERAGE: ProviderCoverage = Object.freeze({ national: false, areaIds: [], municipalityCodes: [] }) as ProviderCoverage;

export function isOpenNeedStage(stage: string): boolean {
  return !FINISHED_NEED_STAGES.includes(stage);
}

const unique = (values: readonly string[]): string[] => [...new Set(values)].sort();

/**
 * The audience of a caller (null: anonymous). `providerCoverage` is where the published services
 * of the caller's provider organisations are available; it counts only for provider users.
 */
export function needSearchAudience(principal: Principal | null, providerCoverage: ProviderCoverage = NO_COVERAGE): NeedSearchAudience {
  if (!principal) {
    return { public: true, all: false, coordinatorAreaIds: [], providerCoverage: NO_COVERAGE, providerIds: [], companyIds: [] };
  }
  const providerIds = unique(organizationsWithRole(principal, Role.PROVIDER_USER));
  return {
    public: true,
    all: hasRole(principal, Role.PLATFORM_ADMIN),
    coordinatorAreaIds: unique([...employmentAreasWithRole(principal, Role.COORDINATOR), ...employmentAreasWithRole(principal, Role.AREA_ADMIN)]),
    providerCoverage:
      providerIds.length > 0
        ? { national: providerCoverage.national, areaIds: unique(providerCoverage.areaIds), municipalityCodes: unique(providerCoverage.municipalityCodes) }
        : NO_COVERAGE,
    providerIds,
    companyIds: unique(organizationsWithRole(principal, Role.EMPLOYER_USER)),
  };
}

/** Whether a provider's services are available where the need is. A national service covers a need without a place too. */
export function coversNeed(coverage: ProviderCoverage, document: Pick<NeedSearchDocument, 'employmentAreaId' | 'municipalityCode'>): boolean {
  if (coverage.national) return true;
  if (document.employmentAreaId !== null && coverage.areaIds.includes(document.employmentAreaId)) return true;
  return document.municipalityCode !== null && coverage.municipalityCodes.includes(document.municipalityCode);
}

type VisibilityFacts = Pick<
  NeedSearchDocument,
  'companyId' | 'visibility' | 'stage' | 'municipalityCode' | 'employmentAreaId' | 'companyAreaIds' | 'forwardedProviderIds'
>;

/** The rule: may this audience find this need? */
export function canSee(audience: NeedSearchAudience, document: VisibilityFacts): boolean {
  if (audience.all) return true;
  if (audience.companyIds.includes(document.companyId)) return true;
  if (document.forwardedProviderIds.some((id) => audience.providerIds.includes(id))) return true;
  if (audience.public && document.visibility === NeedVisibility.PUBLIC && isOpenNeedStage(document.stage)) return true;
  // Coordinators of the company's own areas see every visibility.
  if (document.companyAreaIds.some((id) => audience.coordinatorAreaIds.includes(id))) return true;
  if (!PROVIDER_VISIBLE.includes(document.visibility)) return false;
  if (document.employmentAreaId !== null && audience.coordinatorAreaIds.includes(document.employmentAreaId)) return true;
  return coversNeed(audience.providerCoverage, document);
}
