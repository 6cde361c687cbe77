import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A summary cell: one indicator's count (and, for the durations, the sum of hours) in one
 * employment area, municipality and month. Kept up to date incrementally by the insights refresh;
 * pages read these rows, never the history.
 */
@Entity('insight_cell')
@Index('idx_insight_cell_month_metric', ['month', 'metric'])
export class InsightCell {
  /** NO_AREA when the need names no municipality (counted in national figures only). */
  @PrimaryColumn({ type: 'uuid' })
  areaId!: string;

  /** Empty when the need names no municipality. */
  @PrimaryColumn({ type: 'text' })
  municipalityCode!: string;

  /** The first day of the month. */
  @PrimaryColumn({ type: 'date' })
  month!: string;

  @PrimaryColumn({ type: 'text' })
  metric!: string;

  /** The split (a kind, stage, funnel step, sector, provider id); empty when none. */
  @PrimaryColumn({ type: 'text' })
  dimension!: string;

  @Column({ type: 'integer' })
  count!: number;

  @Column({ type: 'double precision', default: 0 })
  totalHours!: number;
}
