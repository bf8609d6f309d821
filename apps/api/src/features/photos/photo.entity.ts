import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AccountEntity } from '../accounts/account.entity';
import { InstitutionEntity } from '../institutions/institution.entity';

/**
 * An uploaded photo (issue 11): re-encoded, stripped of its metadata, its bytes and thumbnail in the photo
 * store (content-addressed keys). Unattached until a command attaches it to its subject (a hazard, a
 * rectification, ...); from then on the subject's policy decides who sees it.
 */
@Entity({ name: 'photo' })
@Index('photo_subject_idx', ['subjectType', 'subjectId'])
@Index('photo_uploaded_by_account_id_idx', ['uploadedByAccountId', 'uploadedAt'])
export class PhotoEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The re-encoded JPEG's key in the photo store (SHA-256 of its bytes). */
  @Column({ type: 'varchar', length: 64 })
  storageKey: string;

  @Column({ type: 'varchar', length: 64 })
  thumbnailKey: string;

  /** Of the stored bytes (always image/jpeg today); the upload's own type is not kept. */
  @Column({ type: 'varchar', length: 32 })
  mime: string;

  @Column({ type: 'integer' })
  width: number;

  @Column({ type: 'integer' })
  height: number;

  @Column({ type: 'integer' })
  byteSize: number;

  @ManyToOne(() => AccountEntity, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'uploaded_by_account_id',
    foreignKeyConstraintName: 'photo_uploaded_by_account_id_fkey',
  })
  uploadedBy?: AccountEntity;

  @Column({ type: 'uuid' })
  uploadedByAccountId: string;

  /** The uploader's institution, when the uploader belongs to one (null for the committee). */
  @ManyToOne(() => InstitutionEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'institution_id', foreignKeyConstraintName: 'photo_institution_id_fkey' })
  institution?: InstitutionEntity | null;

  @Column({ type: 'uuid', nullable: true })
  institutionId: string | null;

  @Column({ type: 'timestamptz' })
  uploadedAt: Date;

  /** PhotoSubjectType; null until attached. */
  @Column({ type: 'varchar', length: 32, nullable: true })
  subjectType: string | null;

  @Column({ type: 'uuid', nullable: true })
  subjectId: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  attachedAt: Date | null;
}
