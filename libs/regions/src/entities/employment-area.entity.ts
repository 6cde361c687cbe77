import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Municipality } from './municipality.entity';

export enum EmploymentAreaModel {
  SINGLE_MUNICIPALITY = 'SINGLE_MUNICIPALITY',
  HOST_MUNICIPALITY = 'HOST_MUNICIPALITY',
  JOINT_MUNICIPAL_AUTHORITY = 'JOINT_MUNICIPAL_AUTHORITY',
}

/** Työllisyysalue. The list changes by law, so it is data that platform admins maintain. */
@Entity('employment_area')
export class EmploymentArea {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Stable slug, e.g. `lahti` or `kympin-tyollisyysalue`; the import's natural key. */
  @Column({ type: 'text', unique: true })
  code!: string;

  @Column({ type: 'text' })
  nameFi!: string;

  @Column({ type: 'text', nullable: true })
  nameSv!: string | null;

  @Column({ type: 'enum', enum: EmploymentAreaModel, enumName: 'employment_area_model' })
  model!: EmploymentAreaModel;

  @Column({ type: 'char', length: 3, nullable: true })
  leadMunicipalityCode!: string | null;

  @ManyToOne(() => Municipality, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'lead_municipality_code' })
  leadMunicipality?: Municipality;

  /** True once the member list is verified; incomplete areas are not used for demo data. */
  @Column({ type: 'boolean', default: false })
  membersComplete!: boolean;

  @Column({ type: 'text', nullable: true })
  source!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
