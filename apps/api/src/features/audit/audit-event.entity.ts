import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One row of the append-only audit trail, a link of its hash chain (shared/audit/audit-chain.ts).
 * The app's database role may only SELECT and INSERT; rows are written by recordAudit only.
 */
@Entity({ name: 'audit_event' })
@Index('audit_event_actor_account_id_id_idx', ['actorAccountId', 'id'])
@Index('audit_event_action_id_idx', ['action', 'id'])
export class AuditEventEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Index('audit_event_occurred_at_idx')
  @Column({ type: 'timestamptz' })
  occurredAt: Date;

  // No foreign key: the trail outlives whatever it mentions.
  @Column({ type: 'uuid', nullable: true })
  actorAccountId: string | null;

  @Index('audit_event_actor_username_idx')
  @Column({ type: 'varchar', length: 64, nullable: true })
  actorUsername: string | null;

  @Column({ type: 'varchar', length: 64 })
  action: string;

  @Column({ type: 'varchar', length: 64, nullable: true })
  targetType: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  targetId: string | null;

  @Column({ type: 'varchar', length: 32 })
  outcome: string;

  @Column({ type: 'jsonb', nullable: true })
  details: object | null;

  /** Position in the chain, from 1, without gaps. */
  @Index('audit_event_chain_seq_key', { unique: true })
  @Column({ type: 'bigint' })
  chainSeq: string;

  /** The hash of the row before (zeros for the first). */
  @Column({ type: 'varchar', length: 64 })
  prevHash: string;

  /** Keyed hash of this row's content and prevHash. */
  @Column({ type: 'varchar', length: 64 })
  hash: string;
}
