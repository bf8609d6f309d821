import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { encryptedColumn } from '../../shared/crypto/encrypted-column';
import { IncidentEntity } from './incident.entity';

export type ExternalSourceCode = 'POLICE' | 'TIP' | 'PARENT' | 'MEDIA' | 'OTHER' | 'TIP_LINE';

/** REP-8: the district learned of the case from elsewhere. */
@Entity({ name: 'incident_external_source' })
export class IncidentExternalSourceEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('incident_external_source_incident_id_idx')
  @Column({ type: 'uuid' })
  incidentId: string;

  @ManyToOne(() => IncidentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'incident_id', foreignKeyConstraintName: 'incident_external_source_incident_id_fkey' })
  incident?: IncidentEntity;

  @Column({ type: 'varchar', length: 16 })
  source: ExternalSourceCode;

  @Column({ type: 'timestamptz' })
  learnedAt: Date;

  /** Free text that may name the child: encrypted at rest. */
  @Column({ type: 'text', nullable: true, transformer: encryptedColumn('incident_external_source.note') })
  note: string | null;

  @Column({ type: 'uuid' })
  recordedByAccountId: string;

  @Column({ type: 'timestamptz' })
  recordedAt: Date;
}
