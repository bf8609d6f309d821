import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A committee unit of section 三 (LEAD, OFFICE, POLICY, ...). */
@Entity({ name: 'unit' })
export class UnitEntity {
  @PrimaryColumn({ type: 'varchar', length: 16 })
  code: string;

  @Column({ type: 'varchar', length: 60 })
  nameZh: string;

  @Column({ type: 'varchar', length: 120 })
  nameEn: string;
}
