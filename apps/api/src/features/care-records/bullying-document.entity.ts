import type { BullyingDocumentKind } from '@xiaohu/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { InstitutionEntity } from '../institutions/institution.entity';

/**
 * PRV-10: an anti-bullying document an institution adopted (its rules or handbook): the uploaded file in
 * the storage (shared/storage, by content key), its title and adoption date. A newer one supersedes.
 */
@Entity({ name: 'bullying_document' })
@Index('bullying_document_institution_id_adopted_at_idx', ['institutionId', 'adoptedAt'])
export class BullyingDocumentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => InstitutionEntity, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'institution_id', foreignKeyConstraintName: 'bullying_document_institution_id_fkey' })
  institution?: InstitutionEntity;

  @Column({ type: 'uuid' })
  institutionId: string;

  @Column({ type: 'varchar', length: 16 })
  kind: BullyingDocumentKind;

  @Column({ type: 'varchar', length: 120 })
  title: string;

  @Column({ type: 'timestamptz' })
  adoptedAt: Date;

  /** The file's key in the storage. */
  @Column({ type: 'varchar', length: 200 })
  storageKey: string;

  @Column({ type: 'varchar', length: 200 })
  fileName: string;

  @Column({ type: 'varchar', length: 100 })
  contentType: string;

  @Column({ type: 'int' })
  byteSize: number;

  @Column({ type: 'uuid' })
  recordedByAccountId: string;

  @Column({ type: 'timestamptz' })
  recordedAt: Date;
}
