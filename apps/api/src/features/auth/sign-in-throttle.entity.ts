import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Failed sign-ins per normalised username, whether or not such an account exists. */
@Entity({ name: 'sign_in_throttle' })
export class SignInThrottleEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  usernameKey: string;

  @Column({ type: 'integer', default: 0 })
  failedCount: number;

  @Column({ type: 'timestamptz', nullable: true })
  lastFailedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  lockedUntil: Date | null;
}
