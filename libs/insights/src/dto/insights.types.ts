import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { InsightMetric } from '../insight-metric';

registerEnumType(InsightMetric, { name: 'InsightMetric', description: 'An indicator (DOMAIN.md "Indicators").' });

export enum InsightView {
  /** One area in full, for its coordinators and admins. */
  AREA = 'AREA',
  /** Every area side by side, for area admins: their own in full, the others as published. */
  COMPARISON = 'COMPARISON',
  /** National and per-area figures that pass the threshold, for everyone. */
  PUBLIC = 'PUBLIC',
}
registerEnumType(InsightView, { name: 'InsightView' });

@ObjectType('InsightCell', { description: 'One figure: an indicator in an area (or the country), a municipality (or the whole area) and a month (or the year).' })
export class InsightCellType {
  @Field(() => ID, { nullable: true, description: 'Null: the whole country.' })
  areaId!: string | null;

  @Field(() => String, { nullable: true, description: 'Null: the whole area.' })
  municipalityCode!: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM; null: the whole year.' })
  month!: string | null;

  @Field(() => InsightMetric)
  metric!: InsightMetric;

  @Field(() => String, { description: 'The split: a need kind, stage, funnel step, candidacy outcome, provider sector or provider id; empty when none.' })
  dimension!: string;

  @Field(() => Int, { nullable: true, description: 'Null when suppressed (fewer than the minimum count, or hidden so that such a cell cannot be recovered).' })
  count!: number | null;

  @Field(() => Float, { nullable: true, description: 'For the time indicators: the mean in days.' })
  averageDays!: number | null;

  @Field()
  suppressed!: boolean;
}

@ObjectType('InsightArea')
export class InsightAreaType {
  @Field(() => ID)
  id!: string;

  @Field()
  nameFi!: string;

  @Field(() => String, { nullable: true })
  nameSv!: string | null;

  @Field({ description: 'Shown in full to the viewer (their own area).' })
  own!: boolean;
}

@ObjectType('InsightProvider', { description: 'A provider credited in the figures of the viewer’s own area.' })
export class InsightProviderType {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field()
  sector!: string;
}

@ObjectType('InsightMunicipality')
export class InsightMunicipalityType {
  @Field()
  code!: string;

  @Field()
  nameFi!: string;
}

@ObjectType('InsightReport')
export class InsightReportType {
  @Field(() => InsightView)
  view!: InsightView;

  @Field(() => Int)
  year!: number;

  @Field(() => Int, { description: 'Published figures count at least this many people or companies.' })
  minimumCount!: number;

  @Field(() => [InsightAreaType])
  areas!: InsightAreaType[];

  @Field(() => [InsightProviderType])
  providers!: InsightProviderType[];

  @Field(() => [InsightMunicipalityType], { description: 'The municipalities the cells name (the area view only).' })
  municipalities!: InsightMunicipalityType[];

  @Field(() => [InsightCellType])
  cells!: InsightCellType[];
}

@ObjectType('ServiceCoverageCount', { description: 'Published services available in an area (or the country), by category, target group or provider sector.' })
export class ServiceCoverageCountType {
  @Field(() => ID, { nullable: true, description: 'Null: the whole country (each service once).' })
  areaId!: string | null;

  @Field(() => String, { description: 'CATEGORY, TARGET_GROUP or SECTOR.' })
  kind!: string;

  @Field()
  code!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType('ServiceCoverageGap', { description: 'An area where no published service of the category is available.' })
export class ServiceCoverageGapType {
  @Field(() => ID)
  areaId!: string;

  @Field()
  categoryCode!: string;
}

@ObjectType('ServiceCoverageCategory')
export class ServiceCoverageCategoryType {
  @Field()
  code!: string;

  @Field()
  labelFi!: string;

  @Field(() => String, { nullable: true })
  labelSv!: string | null;

  @Field(() => String, { nullable: true })
  labelEn!: string | null;
}

@ObjectType('ServiceCoverage')
export class ServiceCoverageType {
  @Field(() => [InsightAreaType])
  areas!: InsightAreaType[];

  @Field(() => [ServiceCoverageCategoryType], { description: 'Every service category, by code.' })
  categories!: ServiceCoverageCategoryType[];

  @Field(() => [ServiceCoverageCountType])
  counts!: ServiceCoverageCountType[];

  @Field(() => [ServiceCoverageGapType])
  gaps!: ServiceCoverageGapType[];
}
