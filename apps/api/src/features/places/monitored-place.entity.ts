import type { MonitoredPlaceKind, OneToOneRoomType } from '@xiaohu/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { InstitutionEntity } from '../institutions/institution.entity';

/** PRV-2: a place of an institution that needs cameras, with its coverage. */
@Entity({ name: 'monitored_place' })
@Index('monitored_place_institution_id_kind_name_idx', ['institutionId', 'kind', 'name'])
export class MonitoredPlaceEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => InstitutionEntity, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'institution_id', foreignKeyConstraintName: 'monitored_place_institution_id_fkey' })
  institution?: InstitutionEntity;

  @Column({ type: 'uuid' })
  institutionId: string;

  @Column({ type: 'varchar', length: 60 })
  name: string;

  @Column({ type: 'varchar', length: 32 })
  kind: MonitoredPlaceKind;

  /** Which one-to-one room (counselling, practice, office, other); null for other kinds. */
  @Column({ type: 'varchar', length: 16, nullable: true })
  roomType: OneToOneRoomType | null;

  @Column({ type: 'boolean' })
  isMonitored: boolean;

  @Column({ type: 'integer', default: 0 })
  cameraCount: number;

  /** Coverage note, e.g. which corner the camera does not see. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  note: string | null;

  @Column({ type: 'uuid' })
  updatedByAccountId: string;

  @Column({ type: 'timestamptz' })
  updatedAt: Date;
}

/** PRV-2: a blind-spot self-inspection 监控死角自查 the head put on record (the latest counts). */
@Entity({ name: 'blind_spot_self_inspection' })
@Index('blind_spot_self_inspection_institution_id_inspected_on_idx', ['institutionId', 'inspectedOn'])
export class BlindSpotSelfInspectionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => InstitutionEntity, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'institution_id',
    foreignKeyConstraintName: 'blind_spot_self_inspection_institution_id_fkey',
  })
  institution?: InstitutionEntity;

  @Column({ type: 'uuid' })
  institutionId: string;

  /** The day it was done, in the district's zone (YYYY-MM-DD). */
  @Column({ type: 'date' })
  inspectedOn: string;

  @Column({ type: 'uuid' })
  recordedByAccountId: string;

  @Column({ type: 'timestamptz' })
  recordedAt: Date;
}

export const PLACES_ENTITIES = [MonitoredPlaceEntity, BlindSpotSelfInspectionEntity];
