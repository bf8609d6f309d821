import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The district settings the stored due dates (staff_member.recheck_due_at, interview_due_at) were
 * computed under. One row; start-up recomputes every member when the running policy differs.
 */
@Entity({ name: 'staff_due_dates_basis' })
export class StaffDueDatesBasisEntity {
  /** Always 1. */
  @PrimaryColumn({ type: 'smallint' })
  id: number;

  /** JSON of the policy's months, time zone and which institution kinds are re-checked. */
  @Column({ type: 'text' })
  basis: string;

  @Column({ type: 'timestamptz' })
  computedAt: Date;
}
