import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { IncidentEntity } from './incident.entity';

export type CaseEventKind =
  | 'DISCLOSURE_RECORDED'
  | 'HEAD_ACKNOWLEDGED'
  | 'EMERGENCY_STEP_DONE'
  | 'POLICE_REPORTED'
  | 'EXTERNAL_SOURCE_RECORDED'
  | 'ALERT_SENT'
  | 'BREACH_RECORDED'
  | 'CLOSE_REFUSED'
  | 'CLOSED';

/** One entry of a case's timeline. `detail` is a code, never free text about the child. */
@Entity({ name: 'incident_event' })
@Index('incident_event_incident_id_at_idx', ['incidentId', 'at'])
export class IncidentEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  incidentId: string;

  @ManyToOne(() => IncidentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'incident_id', foreignKeyConstraintName: 'incident_event_incident_id_fkey' })
  incident?: IncidentEntity;

  @Column({ type: 'varchar', length: 32 })
  kind: CaseEventKind;

  /** When it happened; for what the system did (alerts, breaches it recorded), the instant it did it. */
  @Column({ type: 'timestamptz' })
  at: Date;

  /** When it was written, to order events of the same instant. */
  @Column({ type: 'timestamptz' })
  recordedAt: Date;

  @Column({ type: 'uuid', nullable: true })
  actorAccountId: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  detail: string | null;

  @Column({ type: 'varchar', length: 24, nullable: true })
  deadline: 'HEAD_NOTIFICATION' | 'POLICE_REPORT' | null;

  /** The instant `deadline` fell due, shown beside `at` (when it happened): "due 10:10, alerted 13:05". */
  @Column({ type: 'timestamptz', nullable: true })
  dueAt: Date | null;

  @Column({ type: 'varchar', length: 8, nullable: true })
  deadlineOutcome: 'MET' | 'MISSED' | null;
}
