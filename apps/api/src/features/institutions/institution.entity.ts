import type { InstitutionKind } from '@xiaohu/domain';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A school, kindergarten or training institution of the district. */
@Entity({ name: 'institution' })
@Index('institution_name_id_idx', ['name', 'id'])
export class InstitutionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('institution_name_key', { unique: true })
  @Column({ type: 'varchar', length: 120 })
  name: string;

  @Index('institution_kind_idx')
  @Column({ type: 'varchar', length: 32 })
  kind: InstitutionKind;

  @Column({ type: 'varchar', length: 200 })
  address: string;

  @Column({ type: 'varchar', length: 60, nullable: true })
  headName: string | null;

  /** The street or town 镇街 it stands in (issue 10: the dashboard's filter), e.g. 杨家坪街道. */
  @Index('institution_street_idx')
  @Column({ type: 'varchar', length: 40, nullable: true })
  street: string | null;

  /** PRV-4: a boarding institution 寄宿制 has student dormitories (and a door register). */
  @Column({ type: 'boolean', default: false })
  isBoarding: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
