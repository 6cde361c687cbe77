import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Municipality } from './municipality.entity';

@Entity('postal_code')
export class PostalCode {
  @PrimaryColumn({ type: 'char', length: 5 })
  code!: string;

  @Column({ type: 'text' })
  nameFi!: string;

  @Column({ type: 'text' })
  nameSv!: string;

  @Index()
  @Column({ type: 'char', length: 3 })
  municipalityCode!: string;

  @ManyToOne(() => Municipality, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'municipality_code' })
  municipality?: Municipality;
}
