import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AccountEntity } from '../accounts/account.entity';

/** One of an account's ten recovery codes, stored as its SHA-256 only; each is accepted once. */
@Entity({ name: 'mfa_recovery_code' })
export class MfaRecoveryCodeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => AccountEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id', foreignKeyConstraintName: 'mfa_recovery_code_account_id_fkey' })
  account?: AccountEntity;

  @Index('mfa_recovery_code_account_id_idx')
  @Column({ type: 'uuid' })
  accountId: string;

  @Column({ type: 'varchar', length: 64 })
  codeHash: string;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt: Date | null;
}

export type MfaChallengePurpose = 'VERIFY' | 'ENROL';

/**
 * The step between a correct password and a session: a short-lived token, stored as its SHA-256,
 * which a correct second factor (VERIFY) or a confirmed enrolment (ENROL) turns into a session once.
 */
@Entity({ name: 'mfa_challenge' })
export class MfaChallengeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('mfa_challenge_token_hash_key', { unique: true })
  @Column({ type: 'varchar', length: 64 })
  tokenHash: string;

  @ManyToOne(() => AccountEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id', foreignKeyConstraintName: 'mfa_challenge_account_id_fkey' })
  account?: AccountEntity;

  @Index('mfa_challenge_account_id_idx')
  @Column({ type: 'uuid' })
  accountId: string;

  @Column({ type: 'varchar', length: 8 })
  purpose: MfaChallengePurpose;

  @Index('mfa_challenge_expires_at_idx')
  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt: Date | null;
}
