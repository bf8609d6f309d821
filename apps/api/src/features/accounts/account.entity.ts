import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { InstitutionEntity } from '../institutions/institution.entity';
import { UnitEntity } from '../organisation/unit.entity';
import type { Role } from './role';

/** A person who signs in. Institution roles carry an institution; section members a unit. */
@Entity({ name: 'account' })
export class AccountEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Stored normalised (trimmed, lower case), so sign-in and lockout agree on one key. */
  @Index('account_username_key', { unique: true })
  @Column({ type: 'varchar', length: 64 })
  username: string;

  @Column({ type: 'varchar', length: 60 })
  displayName: string;

  /** Where alerts are mailed; an account without one gets its alerts in the app only. */
  @Column({ type: 'varchar', length: 254, nullable: true })
  email: string | null;

  @Column({ type: 'text' })
  passwordHash: string;

  @Column({ type: 'varchar', length: 24 })
  role: Role;

  @ManyToOne(() => UnitEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_code' })
  unit?: UnitEntity | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  unitCode: string | null;

  @ManyToOne(() => InstitutionEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'institution_id' })
  institution?: InstitutionEntity | null;

  @Index('account_institution_id_idx')
  @Column({ type: 'uuid', nullable: true })
  institutionId: string | null;

  @Column({ type: 'boolean', default: false })
  isDisabled: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
