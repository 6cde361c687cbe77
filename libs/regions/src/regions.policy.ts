import { hasRole, Principal, Role } from '@ytmt/core';
import { RegionsErrorCode, RegionsException } from './regions.exception';

/** Who may change regional reference data. Reading it is public. */
export const RegionsPolicy = {
  assertCanManageEmploymentAreas(principal: Principal): void {
    if (!hasRole(principal, Role.PLATFORM_ADMIN)) {
      throw new RegionsException(RegionsErrorCode.NOT_ALLOWED, 'Only platform admins can manage employment areas');
    }
  },
};
