// Who sees which indicators (pure). The area's own coordinators and admins see its figures in full
// (they work with these needs daily); area admins compare their areas with the others, whose
// figures they see as the public does; everyone sees the published national and per-area figures.
import { employmentAreasWithRole, hasRole, Principal, Role } from '@ytmt/core';
import { InsightsErrorCode, InsightsException } from './insights.exception';

export const InsightsPolicy = {
  /** The areas whose figures the person sees in full. */
  ownAreas(principal: Principal | null): string[] {
    if (!principal) return [];
    return [...new Set([...employmentAreasWithRole(principal, Role.COORDINATOR), ...employmentAreasWithRole(principal, Role.AREA_ADMIN)])];
  },

  assertCanSeeArea(principal: Principal, areaId: string): void {
    if (hasRole(principal, Role.PLATFORM_ADMIN)) return;
    if (!InsightsPolicy.ownAreas(principal).includes(areaId.toLowerCase())) {
      throw InsightsException.field(InsightsErrorCode.NOT_ALLOWED, 'areaId', "only the area's coordinators and admins see its indicators");
    }
  },

  assertCanCompareAreas(principal: Principal): void {
    if (hasRole(principal, Role.PLATFORM_ADMIN) || employmentAreasWithRole(principal, Role.AREA_ADMIN).length > 0) return;
    throw new InsightsException(InsightsErrorCode.NOT_ALLOWED, 'Only area admins compare areas');
  },
};
