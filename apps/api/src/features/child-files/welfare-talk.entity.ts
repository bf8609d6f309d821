import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { encryptedColumn } from '../../shared/crypto/encrypted-column';
import { StaffMemberEntity } from '../staff/staff-member.entity';
import { ChildFileEntity } from './child-file.entity';

export type WelfareTalkKind = 'TALK' | 'CLASS_MEETING';

/** PRV-8: a talk 谈心 with a watched child, or a class meeting about the child; the note is encrypted. */
@Entity({ name: 'welfare_talk' })
@Index('welfare_talk_child_file_id_held_at_idx', ['childFileId', 'heldAt'])
export class WelfareTalkEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => ChildFileEntity, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'child_file_id', foreignKeyConstraintName: 'welfare_talk_child_file_id_fkey' })
  childFile?: ChildFileEntity;

  @Column({ type: 'uuid' })
  childFileId: string;

  @Column({ type: 'timestamptz' })
  heldAt: Date;

  @Column({ type: 'varchar', length: 16 })
  kind: WelfareTalkKind;

  /** The staff member who held it (the recording account's staff record, or one chosen by the head). */
  @ManyToOne(() => StaffMemberEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'by_staff_id', foreignKeyConstraintName: 'welfare_talk_by_staff_id_fkey' })
  byStaff?: StaffMemberEntity | null;

  @Column({ type: 'uuid', nullable: true })
  byStaffId: string | null;

  @Column({ type: 'text', transformer: encryptedColumn('welfare_talk.note') })
  note: string;

  @Column({ type: 'uuid' })
  recordedByAccountId: string;

  @Column({ type: 'timestamptz' })
  recordedAt: Date;
}
