import { Args, Query, Resolver } from '@nestjs/graphql';
import { connectionComplexity, OptionalUser, Principal, Public } from '@ytmt/core';
import { NeedSearchConnection, SearchNeedsArgs } from './dto/need-search.types';
import { NeedSearchService } from './need-search.service';

@Resolver()
export class NeedSearchResolver {
  constructor(private readonly search: NeedSearchService) {}

  @Public()
  @Query(() => NeedSearchConnection, {
    description:
      'Employer needs the caller may see: open PUBLIC needs for everyone (no sign-in needed); COORDINATORS_AND_PROVIDERS ones ' +
      "for coordinators of the need's or the company's areas and for providers whose published services cover the need's place; " +
      "COORDINATORS_ONLY ones for coordinators of the company's home and shared areas; every need of their own company for " +
      'employer users and forwarded needs for the providers they were forwarded to. Free text in Finnish, Swedish or English, filters, facets.',
    complexity: connectionComplexity,
  })
  searchNeeds(@OptionalUser() principal: Principal | null, @Args() args: SearchNeedsArgs): Promise<NeedSearchConnection> {
    return this.search.search(principal, args);
  }
}
