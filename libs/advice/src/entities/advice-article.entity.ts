import { Column, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/**
 * An advice article for employers (the competence hub). Finnish always; Swedish and English
 * where written. Topics are codes of ADVICE_TOPICS; the GIN index on them is created by the
 * migration (TypeORM cannot declare GIN), hence `synchronize: false`.
 */
@Entity('advice_article')
@Index('idx_advice_article_topics', { synchronize: false })
export class AdviceArticle {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index({ unique: true })
  @Column({ type: 'text' })
  slug!: string;

  @Column({ type: 'text' })
  titleFi!: string;

  @Column({ type: 'text', nullable: true })
  titleSv!: string | null;

  @Column({ type: 'text', nullable: true })
  titleEn!: string | null;

  @Column({ type: 'text' })
  summaryFi!: string;

  @Column({ type: 'text', nullable: true })
  summarySv!: string | null;

  @Column({ type: 'text', nullable: true })
  summaryEn!: string | null;

  /** Plain text or simple Markdown. */
  @Column({ type: 'text' })
  bodyFi!: string;

  @Column({ type: 'text', nullable: true })
  bodySv!: string | null;

  @Column({ type: 'text', nullable: true })
  bodyEn!: string | null;

  @Column({ type: 'text', array: true, default: '{}' })
  topics!: string[];

  @Column({ type: 'timestamptz' })
  publishedAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
