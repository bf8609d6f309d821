import type { LegalVicePrincipalUnit } from '@xiaohu/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { InstitutionEntity } from '../institutions/institution.entity';

/** PRV-5: an appointment of a vice-principal for legal affairs 法治副校长; the term ends before `termEnd`. */
@Entity({ name: 'legal_vice_principal' })
@Index('legal_vice_principal_institution_id_term_start_idx', ['institutionId', 'termStart'])
export class LegalVicePrincipalEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => InstitutionEntity, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'institution_id',
    foreignKeyConstraintName: 'legal_vice_principal_institution_id_fkey',
  })
  institution?: InstitutionEntity;

  @Column({ type: 'uuid' })
  institutionId: string;

  @Column({ type: 'varchar', length: 60 })
  name: string;

  @Column({ type: 'varchar', length: 24 })
  unit: LegalVicePrincipalUnit;

  /** The unit's own name, e.g. 九龙坡区公安分局杨家坪派出所. */
  @Column({ type: 'varchar', length: 120 })
  organisation: string;

  @Column({ type: 'varchar', length: 20, nullable: true })
  phone: string | null;

  @Column({ type: 'timestamptz' })
  termStart: Date;

  @Column({ type: 'timestamptz' })
  termEnd: Date;

  @Column({ type: 'uuid' })
  recordedByAccountId: string;

  @Column({ type: 'timestamptz' })
  recordedAt: Date;
}
