import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Region } from './region.entity';
import { WellbeingCounty } from './wellbeing-county.entity';

/** Kunta, identified by the three-digit Statistics Finland code. */
@Entity('municipality')
export class Municipality {
  @PrimaryColumn({ type: 'char', length: 3 })
  code!: string;

  @Column({ type: 'text' })
  nameFi!: string;

  @Column({ type: 'text' })
  nameSv!: string;

  @Index()
  @Column({ type: 'text' })
  regionCode!: string;

  @ManyToOne(() => Region, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_code' })
  region?: Region;

  @Index()
  @Column({ type: 'text', nullable: true })
  wellbeingCountyCode!: string | null;

  @ManyToOne(() => WellbeingCounty, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'wellbeing_county_code' })
  wellbeingCounty?: WellbeingCounty;
}
