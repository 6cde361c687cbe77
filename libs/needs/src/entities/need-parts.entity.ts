import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { LanguageLevel, NeedStage, TaskKind } from '../need.enums';
import { Need } from './need.entity';

@Entity('need_skill')
export class NeedSkill {
  @PrimaryColumn({ type: 'uuid' })
  needId!: string;

  @ManyToOne(() => Need, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'need_id' })
  need?: Need;

  @PrimaryColumn({ type: 'text' })
  skillUri!: string;

  /** The label when the need was written, so the need reads the same if ESCO changes. */
  @Column({ type: 'text' })
  label!: string;

  @Column({ type: 'boolean' })
  required!: boolean;
}

/**
 * The columns of a language at a level, shared by need_language and talent's profile_language
 * (both on the language_level type); each table adds its own owner key. Not an entity.
 */
export abstract class LanguageAtLevelColumns {
  /** ISO 639-1. */
  @PrimaryColumn({ type: 'text' })
  language!: string;

  @Column({ type: 'enum', enum: LanguageLevel, enumName: 'language_level' })
  level!: LanguageLevel;
}

@Entity('need_language')
export class NeedLanguage extends LanguageAtLevelColumns {
  @PrimaryColumn({ type: 'uuid' })
  needId!: string;

  @ManyToOne(() => Need, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'need_id' })
  need?: Need;
}

/**
 * The six demand dimensions, 0 (none) … 3 (high) each: what a task demands here, what a person
 * can sustain in talent's work_ability_profile; matching compares them dimension by dimension.
 * Columns only, not an entity; each table names its own check on DEMAND_LEVELS_CHECK.
 */
export abstract class DemandLevelColumns {
  @Column({ type: 'smallint' })
  physicalStrain!: number;
  @Column({ type: 'smallint' })
  standingWalking!: number;
  @Column({ type: 'smallint' })
  lifting!: number;
  @Column({ type: 'smallint' })
  cognitiveLoad!: number;
  @Column({ type: 'smallint' })
  customerInteraction!: number;
  @Column({ type: 'smallint' })
  timePressure!: number;
}

export const DEMAND_LEVELS_CHECK =
  'physical_strain BETWEEN 0 AND 3 AND standing_walking BETWEEN 0 AND 3 AND lifting BETWEEN 0 AND 3 AND cognitive_load BETWEEN 0 AND 3 AND customer_interaction BETWEEN 0 AND 3 AND time_pressure BETWEEN 0 AND 3';

/** A task of a carved role: demand levels 0 (none) … 3 (high) per dimension. */
@Entity('need_task')
@Check('chk_need_task_levels', DEMAND_LEVELS_CHECK)
export class NeedTask extends DemandLevelColumns {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ type: 'uuid' })
  needId!: string;

  @ManyToOne(() => Need, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'need_id' })
  need?: Need;

  @Column({ type: 'smallint' })
  position!: number;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'enum', enum: TaskKind, enumName: 'need_task_kind' })
  kind!: TaskKind;
}

/** When the need reached each 6T step, and who moved it. */
@Entity('need_stage_event')
export class NeedStageEvent {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ type: 'uuid' })
  needId!: string;

  @ManyToOne(() => Need, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'need_id' })
  need?: Need;

  @Column({ type: 'enum', enum: NeedStage, enumName: 'need_stage' })
  stage!: NeedStage;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at!: Date;

  @Column({ type: 'uuid', nullable: true })
  byUserId!: string | null;
}
