import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Hyvinvointialue, plus Helsinki (90) and Åland (91) which organise the services themselves. */
@Entity('wellbeing_county')
export class WellbeingCounty {
  @PrimaryColumn({ type: 'text' })
  code!: string;

  @Column({ type: 'text' })
  nameFi!: string;

  @Column({ type: 'text' })
  nameSv!: string;

  @Column({ type: 'text' })
  nameEn!: string;

  @Column({ type: 'boolean' })
  isWellbeingServicesCounty!: boolean;
}
