import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { IncidentEntity } from './incident.entity';

/** REP-7: the child's identity and words, apart from the case so lists never load them. */
@Entity({ name: 'incident_child' })
export class IncidentChildEntity {
  @PrimaryColumn({ type: 'uuid' })
  incidentId: string;

  @OneToOne(() => IncidentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'incident_id', foreignKeyConstraintName: 'incident_child_incident_id_fkey' })
  incident?: IncidentEntity;

  @Column({ type: 'varchar', length: 60 })
  childName: string;

  @Column({ type: 'varchar', length: 60 })
  childClass: string;

  @Column({ type: 'text' })
  statement: string;
}
