import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { encryptedColumn } from '../../shared/crypto/encrypted-column';
import { IncidentEntity } from './incident.entity';

/** REP-7: the child's identity and words, apart from the case so lists never load them; encrypted at rest. */
@Entity({ name: 'incident_child' })
export class IncidentChildEntity {
  @PrimaryColumn({ type: 'uuid' })
  incidentId: string;

  @OneToOne(() => IncidentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'incident_id', foreignKeyConstraintName: 'incident_child_incident_id_fkey' })
  incident?: IncidentEntity;

  @Column({ type: 'text', transformer: encryptedColumn('incident_child.child_name') })
  childName: string;

  @Column({ type: 'text', transformer: encryptedColumn('incident_child.child_class') })
  childClass: string;

  @Column({ type: 'text', transformer: encryptedColumn('incident_child.statement') })
  statement: string;
}
