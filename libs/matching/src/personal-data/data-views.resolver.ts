import { Args, Query, Resolver } from '@nestjs/graphql';
import { connectionComplexity, CurrentUser, Principal } from '@ytmt/core';
import { DataViewsQuery } from './data-views.query';
import { DATA_VIEWS_DEFAULT_PAGE_SIZE, DataViewConnection, DataViewsArgs } from './data-views.types';

/** The jobseeker's own view of the audit log about them: consent they can verify. */
@Resolver()
export class DataViewsResolver {
  constructor(private readonly views: DataViewsQuery) {}

  @Query(() => DataViewConnection, {
    description:
      'The signed-in jobseeker: who has seen data about them — organisation, role, when, for which need; never the person. Newest first. Reading it is not itself audited.',
    complexity: connectionComplexity,
  })
  async myDataViews(@CurrentUser() principal: Principal, @Args() page: DataViewsArgs): Promise<DataViewConnection> {
    return this.views.mine(principal, page.first ?? DATA_VIEWS_DEFAULT_PAGE_SIZE, page.after);
  }
}
