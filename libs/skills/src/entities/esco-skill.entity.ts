import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The skill types ESCO uses, spelt as in its files. */
export enum EscoSkillKind {
  KNOWLEDGE = 'knowledge',
  SKILL_COMPETENCE = 'skill/competence',
}

/** An ESCO skill or knowledge concept, identified by its concept URI. */
@Entity('esco_skill')
export class EscoSkill {
  @PrimaryColumn({ type: 'text' })
  uri!: string;

  /** `knowledge` or `skill/competence`; null for the few concepts ESCO leaves untyped. */
  @Column({ type: 'text', nullable: true })
  skillType!: string | null;

  /** transversal, cross-sector, sector-specific or occupation-specific. */
  @Column({ type: 'text', nullable: true })
  reuseLevel!: string | null;

  @Column({ type: 'text' })
  labelFi!: string;

  @Column({ type: 'text' })
  labelSv!: string;

  @Column({ type: 'text' })
  labelEn!: string;
}
