import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { CoreException, CurrentUser, OptionalUser, Principal, Public } from '@ytmt/core';
import { InsightAreaType, InsightReportType, InsightView, ServiceCoverageType } from './dto/insights.types';
import { reportCsv } from './insight-csv';
import { InsightQueryService } from './insight-query.service';
import { ServiceCoverageService } from './service-coverage.service';
import { InsightsErrorCode, InsightsException } from './insights.exception';

@Resolver()
export class InsightsResolver {
  constructor(
    private readonly insights: InsightQueryService,
    private readonly coverage: ServiceCoverageService,
  ) {}

  @Query(() => InsightReportType, { description: "One employment area's indicators in full (its coordinators and area admins)." })
  areaInsights(
    @CurrentUser() principal: Principal,
    @Args('areaId', { type: () => ID }) areaId: string,
    @Args('year', { type: () => Int }) year: number,
  ): Promise<InsightReportType> {
    return this.insights.areaReport(principal, areaId, year);
  }

  @Query(() => [InsightAreaType], { description: 'The employment areas whose indicators the caller sees in full (their own; all for platform admins).' })
  myInsightAreas(@CurrentUser() principal: Principal): Promise<InsightAreaType[]> {
    return this.insights.ownAreas(principal);
  }

  @Query(() => InsightReportType, { description: "Every area's indicators side by side (area admins): their own in full, the others as published." })
  insightsComparison(@CurrentUser() principal: Principal, @Args('year', { type: () => Int }) year: number): Promise<InsightReportType> {
    return this.insights.comparison(principal, year);
  }

  @Public()
  @Query(() => InsightReportType, { description: 'National and per-area indicators; every figure counts at least five people or companies.' })
  publicInsights(@Args('year', { type: () => Int }) year: number, @Args('areaId', { type: () => ID, nullable: true }) areaId?: string): Promise<InsightReportType> {
    return this.insights.publicReport(year, areaId ?? null);
  }

  @Public()
  @Query(() => ServiceCoverageType, { description: 'The service network per employment area: published services by category, target group and provider sector, and the areas and categories with no service.' })
  serviceCoverage(): Promise<ServiceCoverageType> {
    return this.coverage.coverage();
  }

  @Public()
  @Query(() => String, { description: 'A report as CSV text (the same figures the viewer sees on the page).' })
  async insightsCsv(
    @OptionalUser() principal: Principal | null,
    @Args('view', { type: () => InsightView }) view: InsightView,
    @Args('year', { type: () => Int }) year: number,
    @Args('areaId', { type: () => ID, nullable: true }) areaId?: string,
  ): Promise<string> {
    if (view === InsightView.PUBLIC) return reportCsv(await this.insights.publicReport(year, areaId ?? null));
    if (!principal) throw CoreException.unauthenticated();
    if (view === InsightView.COMPARISON) return reportCsv(await this.insights.comparison(principal, year));
    if (!areaId) throw InsightsException.field(InsightsErrorCode.MISSING_AREA, 'areaId', 'the area view needs an area');
    return reportCsv(await this.insights.areaReport(principal, areaId, year));
  }
}
