import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A group of the ISCO-08 classification (levels 1–4) as ESCO publishes it. */
@Entity('isco_group')
export class IscoGroup {
  /** One to four digits; leading zeros are significant ("01" is not "1"). */
  @PrimaryColumn({ type: 'text' })
  code!: string;

  @Column({ type: 'smallint' })
  level!: number;

  @Index()
  @Column({ type: 'text', nullable: true })
  parentCode!: string | null;

  @Column({ type: 'text' })
  uri!: string;

  @Column({ type: 'text' })
  nameFi!: string;

  @Column({ type: 'text' })
  nameSv!: string;

  @Column({ type: 'text' })
  nameEn!: string;
}
