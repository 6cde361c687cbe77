import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Maakunta, identified by its NUTS 3 code as published with the postal-code data. */
@Entity('region')
export class Region {
  @PrimaryColumn({ type: 'text' })
  code!: string;

  @Column({ type: 'text' })
  nameFi!: string;

  @Column({ type: 'text' })
  nameSv!: string;
}
