import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { IscoGroup } from './isco-group.entity';

/** An ESCO occupation, identified by its concept URI. */
@Entity('esco_occupation')
export class EscoOccupation {
  @PrimaryColumn({ type: 'text' })
  uri!: string;

  /** ESCO's code: the ISCO unit group followed by the occupation's position, e.g. 8344.1. */
  @Column({ type: 'text' })
  code!: string;

  @Index()
  @Column({ type: 'text' })
  iscoGroup!: string;

  @ManyToOne(() => IscoGroup, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'isco_group' })
  iscoGroupEntity?: IscoGroup;

  @Column({ type: 'text' })
  labelFi!: string;

  @Column({ type: 'text' })
  labelSv!: string;

  @Column({ type: 'text' })
  labelEn!: string;

  /** A broader occupation or, for the top ESCO level, the ISCO group's URI; hence no foreign key. */
  @Column({ type: 'text', nullable: true })
  broaderUri!: string | null;
}
