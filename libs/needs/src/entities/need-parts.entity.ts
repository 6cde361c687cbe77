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

@Entity('need_language')
export class NeedLanguage {
  @PrimaryColumn({ type: 'uuid' })
  needId!: string;

  @ManyToOne(() => Need, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'need_id' })
  need?: Need;

  /** ISO 639-1. */
  @PrimaryColumn({ type: 'text' })
  language!: string;

  @Column({ type: 'enum', enum: LanguageLevel, enumName: 'language_level' })
  level!: LanguageLevel;
}

/** A task of a carved role: demand levels 0 (none) … 3 (high) per dimension. */
@Entity('need_task')
@Check(
  'chk_need_task_levels',
  'physical_strain BETWEEN 0 AND 3 AND standing_walking BETWEEN 0 AND 3 AND lifting BETWEEN 0 AND 3 AND cognitive_load BETWEEN 0 AND 3 AND customer_interaction BETWEEN 0 AND 3 AND time_pressure BETWEEN 0 AND 3',
)
export class NeedTask {
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
