import type { AlertKind } from '@xiaohu/domain';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { IncidentEntity } from './incident.entity';

/** One escalation alert that ran: the key (case, kind) makes each alert fire exactly once. */
@Entity({ name: 'incident_alert' })
export class IncidentAlertEntity {
  @PrimaryColumn({ type: 'uuid' })
  incidentId: string;

  @PrimaryColumn({ type: 'varchar', length: 32 })
  kind: AlertKind;

  @ManyToOne(() => IncidentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'incident_id', foreignKeyConstraintName: 'incident_alert_incident_id_fkey' })
  incident?: IncidentEntity;

  /** SENT, or SKIPPED when the case met `skipIf` by then. */
  @Column({ type: 'varchar', length: 16 })
  outcome: 'SENT' | 'SKIPPED';

  @Column({ type: 'timestamptz' })
  firedAt: Date;

  @Column({ type: 'integer' })
  recipientCount: number;
}
