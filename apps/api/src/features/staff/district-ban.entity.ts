import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type DistrictBanReason =
  'CRIMINAL_RECORD' | 'CRIMINAL_PUNISHMENT' | 'EMPLOYMENT_PROHIBITION' | 'EXPELLED';

/**
 * The district-wide ban register (VET-7, VET-8): keyed hashes only, never a name or number, so a
 * match tells another institution that the person is banned and nothing about where or why.
 */
@Entity({ name: 'district_ban' })
export class DistrictBanEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('district_ban_id_number_hash_idx')
  @Column({ type: 'varchar', length: 64 })
  idNumberHash: string;

  @Column({ type: 'varchar', length: 32 })
  reason: DistrictBanReason;

  /** VET-8: an employment prohibition may end; null means for life. */
  @Column({ type: 'timestamptz', nullable: true })
  bannedUntil: Date | null;

  @Column({ type: 'uuid', nullable: true })
  sourceStaffId: string | null;

  @Column({ type: 'timestamptz' })
  recordedAt: Date;
}
