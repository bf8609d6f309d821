import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One row of the append-only audit trail. The app's database role may only SELECT and INSERT. */
@Entity({ name: 'audit_event' })
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
}
