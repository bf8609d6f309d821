import type { BreachCode, ReportingHop } from '@xiaohu/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { IncidentEntity } from './incident.entity';

/** REP-4: a recorded breach. At most one per code, hop and case: recording is idempotent. */
@Entity({ name: 'incident_breach' })
@Index('incident_breach_incident_id_code_hop_key', ['incidentId', 'code', 'hop'], { unique: true })
export class IncidentBreachEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  incidentId: string;

  @ManyToOne(() => IncidentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'incident_id', foreignKeyConstraintName: 'incident_breach_incident_id_fkey' })
  incident?: IncidentEntity;

  @Column({ type: 'varchar', length: 24 })
  code: BreachCode;

  /** The hop of the reporting chain it concerns (teacher → head, school → police, school → district). */
  @Column({ type: 'varchar', length: 24 })
  hop: ReportingHop;

  /** Comma-separated rule IDs (e.g. REP-3,REP-4). */
  @Column({ type: 'varchar', length: 64 })
  ruleIds: string;

  @Column({ type: 'timestamptz' })
  occurredAt: Date;

  @Column({ type: 'timestamptz' })
  recordedAt: Date;
}
