import type { WebhookDeliveryStatus, WebhookEventType, WebhookPayload } from '@xiaohu/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { encryptedColumn } from '../../shared/crypto/encrypted-column';
import { ApiClientEntity } from '../api-clients/api-client.entities';

/**
 * An API client's subscription to events (issue 13), of a registered client (api_client). The signing
 * secret is shown once and kept encrypted: the server needs it to sign every delivery.
 */
@Entity({ name: 'webhook_subscription' })
@Index('webhook_subscription_client_id_idx', ['clientId', 'createdAt'])
export class WebhookSubscriptionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => ApiClientEntity, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'client_id', foreignKeyConstraintName: 'webhook_subscription_client_id_fkey' })
  client?: ApiClientEntity;

  @Column({ type: 'uuid' })
  clientId: string;

  @Column({ type: 'varchar', length: 500 })
  url: string;

  @Column({ type: 'varchar', length: 40, array: true })
  eventTypes: WebhookEventType[];

  /** Standard Webhooks secret (`whsec_` + base64), encrypted with the data key. */
  @Column({ type: 'text', transformer: encryptedColumn('webhook_subscription.secret') })
  secret: string;

  @Column({ type: 'uuid' })
  createdByAccountId: string;

  @Column({ type: 'timestamptz' })
  createdAt: Date;

  /** Ended: no new deliveries; what was delivered stays on record. */
  @Column({ type: 'timestamptz', nullable: true })
  unsubscribedAt: Date | null;
}

/**
 * One event for one subscription: the message (its id is the `webhook-id` of every attempt and replay).
 * Deliveries of one subscription and one case (or staff member) go out in `sequence` order.
 */
@Entity({ name: 'webhook_delivery' })
@Index('webhook_delivery_subscription_id_sequence_idx', ['subscriptionId', 'sequence'])
@Index('webhook_delivery_chain_idx', ['subscriptionId', 'orderingKey', 'sequence'])
export class WebhookDeliveryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => WebhookSubscriptionEntity, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'subscription_id',
    foreignKeyConstraintName: 'webhook_delivery_subscription_id_fkey',
  })
  subscription?: WebhookSubscriptionEntity;

  @Column({ type: 'uuid' })
  subscriptionId: string;

  /** Order of creation, across the table (a sequence: later transactions get larger numbers). */
  @Column({ type: 'bigint', generated: 'increment' })
  sequence: string;

  @Column({ type: 'varchar', length: 40 })
  eventType: WebhookEventType;

  /** `case:<id>` or `staff:<id>`: deliveries with the same key keep their order. */
  @Column({ type: 'varchar', length: 60 })
  orderingKey: string;

  /** The message body as sent (ids and instants only, REP-7). */
  @Column({ type: 'jsonb' })
  payload: WebhookPayload;

  @Column({ type: 'varchar', length: 16 })
  status: WebhookDeliveryStatus;

  @Column({ type: 'integer', default: 0 })
  attemptCount: number;

  @Column({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  deliveredAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  lastAttemptAt: Date | null;
}

/** One HTTP attempt of a delivery: what the receiver answered and how long it took, or the error. */
@Entity({ name: 'webhook_delivery_attempt' })
@Index('webhook_delivery_attempt_delivery_id_idx', ['deliveryId', 'attemptedAt'])
export class WebhookDeliveryAttemptEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => WebhookDeliveryEntity, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'delivery_id', foreignKeyConstraintName: 'webhook_delivery_attempt_delivery_id_fkey' })
  delivery?: WebhookDeliveryEntity;

  @Column({ type: 'uuid' })
  deliveryId: string;

  @Column({ type: 'timestamptz' })
  attemptedAt: Date;

  /** The HTTP status, or null when no answer came (refused, timed out). */
  @Column({ type: 'integer', nullable: true })
  httpStatus: number | null;

  @Column({ type: 'integer' })
  responseMs: number;

  /** Short and ours (never the receiver's body): e.g. `HTTP 500`, `ECONNREFUSED`, `TIMEOUT`. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  error: string | null;

  /** Sent by an administrator's replay rather than the scheduled delivery. */
  @Column({ type: 'boolean', default: false })
  isReplay: boolean;
}

/** The webhooks feature's tables, listed once for shared/db/entities.ts. */
export const WEBHOOK_ENTITIES = [
  WebhookSubscriptionEntity,
  WebhookDeliveryEntity,
  WebhookDeliveryAttemptEntity,
];
