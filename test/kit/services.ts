import { GraphQLClient } from './graphql-client';

export interface ServiceCoverage {
  isNational: boolean;
  employmentAreaIds: string[];
  municipalityCodes: string[];
}

/** A free remote service that advises employers, in the given categories and coverage. */
export const employerServiceInput = (nameFi: string, categoryCodes: readonly string[], coverage: ServiceCoverage) => ({
  nameFi,
  summaryFi: 'Neuvomme työnantajaa rekrytoinnissa ja tuen hakemisessa.',
  descriptionFi: 'Työvalmentaja käy tuen ehdot läpi ja auttaa työnantajaa hakemuksessa ja työn muokkaamisessa.',
  audience: 'EMPLOYERS',
  categoryCodes: [...categoryCodes],
  targetGroupCodes: [],
  ...coverage,
  locations: [],
  deliveryMode: 'REMOTE',
  languages: ['fi'],
  isFree: true,
  costOptions: [],
});

/** Creates a service as its provider and submits it for moderation; returns its id. */
export async function submitNewService(provider: GraphQLClient, input: Record<string, unknown>): Promise<string> {
  const { createService } = await provider.data<{ createService: { id: string } }>('mutation ($input: ServiceInput!) { createService(input: $input) { id } }', {
    input,
  });
  await provider.data('mutation ($id: ID!) { submitService(id: $id) { status } }', { id: createService.id });
  return createService.id;
}

/** Creates and submits a service, and has the moderator approve it; returns its id. */
export async function publishNewService(provider: GraphQLClient, moderator: GraphQLClient, input: Record<string, unknown>): Promise<string> {
  const id = await submitNewService(provider, input);
  await moderator.data('mutation ($id: ID!) { approveService(id: $id) { status } }', { id });
  return id;
}
