import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { AccountEntity } from '../accounts/account.entity';

/**
 * An API client 接口客户端 (issue 13): a system calling the API with a bearer token. Its scope lives on
 * its own account row (role, unit or institution; a `case_officer` row for the designated officer's
 * need-to-know), an account nobody signs in to (no password, never listed among people), so every policy
 * and every SQL filter written for people applies to it unchanged and its audit rows carry its name.
 */
@Entity({ name: 'api_client' })
export class ApiClientEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 60 })
  name: string;

  @Column({ type: 'varchar', length: 500, nullable: true })
  description: string | null;

  @ManyToOne(() => AccountEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'account_id', foreignKeyConstraintName: 'api_client_account_id_fkey' })
  account?: AccountEntity;

  @Index('api_client_account_id_key', { unique: true })
  @Column({ type: 'uuid' })
  accountId: string;

  /** Read-only unless granted: mutations are refused (apiClientOperationAccess). */
  @Column({ type: 'boolean', default: false })
  canWrite: boolean;

  @Column({ type: 'integer' })
  rateLimitPerMinute: number;

  @Column({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'uuid', nullable: true })
  createdByAccountId: string | null;

  /** Every token stops at once when set. */
  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null;

  /** The current per-minute window of the rate limit and the calls counted in it (refused ones too). */
  @Column({ type: 'timestamptz', nullable: true })
  rateWindowStartedAt: Date | null;

  @Column({ type: 'integer', default: 0 })
  rateWindowCalls: number;
}

/** A token of a client: only its SHA-256 is kept; the token itself is shown once. */
@Entity({ name: 'api_client_token' })
export class ApiClientTokenEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => ApiClientEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'client_id', foreignKeyConstraintName: 'api_client_token_client_id_fkey' })
  client?: ApiClientEntity;

  @Index('api_client_token_client_id_idx')
  @Column({ type: 'uuid' })
  clientId: string;

  @Index('api_client_token_token_hash_key', { unique: true })
  @Column({ type: 'varchar', length: 64 })
  tokenHash: string;

  /** The token's first characters (xh_ and four more), for telling tokens apart in the list. */
  @Column({ type: 'varchar', length: 16 })
  tokenPrefix: string;

  @Column({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  /** Set by a rotation: the token works until then (the overlap), then never again. */
  @Column({ type: 'timestamptz', nullable: true })
  supersededUntil: Date | null;
}

/** A client's calls per day (in the district's zone): accepted and refused (rate limit, read-only). */
@Entity({ name: 'api_client_usage' })
export class ApiClientUsageEntity {
  @PrimaryColumn({ type: 'uuid' })
  clientId: string;

  @ManyToOne(() => ApiClientEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'client_id', foreignKeyConstraintName: 'api_client_usage_client_id_fkey' })
  client?: ApiClientEntity;

  @PrimaryColumn({ type: 'date' })
  day: string;

  @Column({ type: 'integer', default: 0 })
  calls: number;

  @Column({ type: 'integer', default: 0 })
  refused: number;
}

export const API_CLIENT_ENTITIES = [ApiClientEntity, ApiClientTokenEntity, ApiClientUsageEntity];
