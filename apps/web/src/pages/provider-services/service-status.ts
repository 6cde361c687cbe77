import type { ServiceStatus } from '../../gql/graphql';

/** The statuses in the order a service moves through them. */
export const STATUSES: ServiceStatus[] = ['DRAFT', 'SUBMITTED', 'PUBLISHED', 'REJECTED', 'ARCHIVED'];

/** How many services are in each status (zero for the ones with none). */
export function countByStatus(services: readonly { status: ServiceStatus }[]): Record<ServiceStatus, number> {
  const counts = Object.fromEntries(STATUSES.map((status) => [status, 0])) as Record<ServiceStatus, number>;
  for (const service of services) counts[service.status] += 1;
  return counts;
}

/** What the provider may do with a service in its status (as the API allows). */
export function actionsOf(status: ServiceStatus): { edit: boolean; submit: boolean; archive: boolean } {
  return {
    edit: status !== 'ARCHIVED',
    submit: status === 'DRAFT' || status === 'REJECTED',
    archive: status === 'PUBLISHED',
  };
}
