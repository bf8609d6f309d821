import type { EmergencyStep } from '@xiaohu/domain';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { IncidentEntity } from './incident.entity';

/** REP-6: one ticked emergency step, with when and by whom. */
@Entity({ name: 'incident_emergency_step' })
export class IncidentEmergencyStepEntity {
  @PrimaryColumn({ type: 'uuid' })
  incidentId: string;

  @PrimaryColumn({ type: 'varchar', length: 32 })
  step: EmergencyStep;

  @ManyToOne(() => IncidentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'incident_id', foreignKeyConstraintName: 'incident_emergency_step_incident_id_fkey' })
  incident?: IncidentEntity;

  @Column({ type: 'timestamptz' })
  doneAt: Date;

  @Column({ type: 'uuid' })
  doneByAccountId: string;
}
