import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * What a sign-in counter counts: failures for one username from untrusted devices, failures from one
 * client address across usernames, failures of one trusted device (its device cookie), or the
 * aggregated record of anonymous failures per username and address.
 */
export type ThrottleScope = 'USERNAME' | 'ADDRESS' | 'DEVICE' | 'RECORD';

/**
 * Failed sign-ins, one row per scope, subject and window with a count: kept in PostgreSQL so every
 * replica sees the same counts. Rows expire (`expiresAt`) and are removed on later sign-ins.
 */
@Entity({ name: 'sign_in_throttle' })
@Index('sign_in_throttle_expires_at_idx', ['expiresAt'])
@Index('sign_in_throttle_record_idx', ['scope', 'lastFailedAt'])
export class SignInThrottleEntity {
  @PrimaryColumn({ type: 'varchar', length: 8 })
  scope: ThrottleScope;

  /** The normalised username, the client address, the device id, or `username address` for RECORD. */
  @PrimaryColumn({ type: 'varchar', length: 200 })
  subject: string;

  /** When the window opened: at its first failure; it lasts LOCKOUT_MINUTES. */
  @PrimaryColumn({ type: 'timestamptz' })
  windowStart: Date;

  /** For RECORD rows: who was tried ('' when the username was missing or invalid). */
  @Column({ type: 'varchar', length: 64, nullable: true })
  usernameKey: string | null;

  /** For RECORD rows: from where. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  clientAddress: string | null;

  @Column({ type: 'integer' })
  failedCount: number;

  @Column({ type: 'timestamptz' })
  lastFailedAt: Date;

  /** The last refusal's code (INVALID_CREDENTIALS, ACCOUNT_LOCKED, VALIDATION_FAILED, ...). */
  @Column({ type: 'varchar', length: 32 })
  lastOutcome: string;

  @Column({ type: 'timestamptz', nullable: true })
  lockedUntil: Date | null;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;
}
