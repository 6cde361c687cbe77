import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { EmploymentArea } from './employment-area.entity';
import { Municipality } from './municipality.entity';

/** Membership of a municipality in an employment area; a municipality belongs to one area. */
@Entity('employment_area_municipality')
export class EmploymentAreaMunicipality {
  @PrimaryColumn({ type: 'char', length: 3 })
  municipalityCode!: string;

  @ManyToOne(() => Municipality, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'municipality_code' })
  municipality?: Municipality;

  @Index()
  @Column({ type: 'uuid' })
  employmentAreaId!: string;

  @ManyToOne(() => EmploymentArea, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'employment_area_id' })
  employmentArea?: EmploymentArea;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
