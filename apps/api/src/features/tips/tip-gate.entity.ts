import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export type TipGateScope = 'SUBMIT' | 'REPLY' | 'PASSPHRASE' | 'CHALLENGE_USED';

/**
 * REP-9: the tip line's counters, kept apart from the tips: keyed by a keyed hash (HMAC with the data
 * key) of a client address or a tip code and the window, never by the address itself, expiring within
 * the hour, and never joined to `tip`.
 */
@Entity({ name: 'tip_gate' })
@Index('tip_gate_expires_at_idx', ['expiresAt'])
export class TipGateEntity {
  @PrimaryColumn({ type: 'varchar', length: 16 })
  scope: TipGateScope;

  @PrimaryColumn({ type: 'varchar', length: 64 })
  keyHash: string;

  @Column({ type: 'integer' })
  count: number;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;
}
