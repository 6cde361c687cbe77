import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export enum Taxonomy {
  SERVICE_CATEGORY = 'SERVICE_CATEGORY',
  TARGET_GROUP = 'TARGET_GROUP',
}

/** HSDS taxonomy_term: codes with fi/sv/en labels, so terms can be added without code. */
@Entity('taxonomy_term')
@Index(['taxonomy', 'code'], { unique: true })
export class TaxonomyTerm {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'enum', enum: Taxonomy, enumName: 'taxonomy' })
  taxonomy!: Taxonomy;

  @Column({ type: 'text' })
  code!: string;

  @Column({ type: 'text' })
  labelFi!: string;

  @Column({ type: 'text', nullable: true })
  labelSv!: string | null;

  @Column({ type: 'text', nullable: true })
  labelEn!: string | null;
}
