import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { EscoOccupation } from './esco-occupation.entity';
import { EscoSkill } from './esco-skill.entity';

export enum EscoRelationType {
  ESSENTIAL = 'essential',
  OPTIONAL = 'optional',
}

/** An occupation needs a skill, essentially or optionally. */
@Entity('esco_occupation_skill')
export class EscoOccupationSkill {
  // The primary key (occupation_uri, skill_uri) also serves lookups by occupation.
  @PrimaryColumn({ type: 'text' })
  occupationUri!: string;

  @ManyToOne(() => EscoOccupation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'occupation_uri' })
  occupation?: EscoOccupation;

  @Index()
  @PrimaryColumn({ type: 'text' })
  skillUri!: string;

  @ManyToOne(() => EscoSkill, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'skill_uri' })
  skill?: EscoSkill;

  @Column({ type: 'enum', enum: EscoRelationType, enumName: 'esco_relation_type' })
  relationType!: EscoRelationType;
}
