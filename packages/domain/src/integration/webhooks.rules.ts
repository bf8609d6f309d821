/**
 * Webhooks for integrators (issue 13): the event catalogue and where a delivery may go. What a payload
 * holds is decided here too (ids, institution, times): never a child's identity (REP-7).
 */
export const WEBHOOK_EVENT_TYPES = [
  'case.recorded',
  'case.policeDeadlineMissed',
  'case.closed',
  'case.mandatoryReportExported',
  'staff.blocked',
  'staff.activated',
] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

/** A delivery is pending while attempts remain, then delivered, or failed once the retries ran out. */
export const WEBHOOK_DELIVERY_STATUSES = ['PENDING', 'DELIVERED', 'FAILED'] as const;
export type WebhookDeliveryStatus = (typeof WEBHOOK_DELIVERY_STATUSES)[number];

/** The facts an event carries; each field an id, a code or an instant. */
export interface CaseEventFacts {
  caseId: string;
  institutionId: string;
  /** When the case was recorded (case.recorded), closed, the deadline missed or the report exported. */
  occurredAt: Date;
  /** case.policeDeadlineMissed: the deadline that passed. */
  dueAt?: Date;
}
export interface StaffEventFacts {
  staffId: string;
  institutionId: string;
  occurredAt: Date;
}

export type WebhookEvent =
  | ({ type: Exclude<WebhookEventType, `staff.${string}`> } & CaseEventFacts)
  | ({ type: Extract<WebhookEventType, `staff.${string}`> } & StaffEventFacts);

/** The JSON body of a Standard Webhooks message: `type`, `timestamp` and `data` of ids and instants. */
export interface WebhookPayload {
  type: WebhookEventType;
  timestamp: string;
  data: Record<string, string>;
}

/** REP-7: the payload of an event, built from ids and instants only (a child's identity cannot enter). */
export function webhookPayload(event: WebhookEvent): WebhookPayload {
  const data: Record<string, string> =
    'caseId' in event
      ? { caseId: event.caseId, institutionId: event.institutionId }
      : { staffId: event.staffId, institutionId: event.institutionId };
  if ('dueAt' in event && event.dueAt) data.dueAt = event.dueAt.toISOString();
  return { type: event.type, timestamp: event.occurredAt.toISOString(), data };
}

/** The record whose events keep their order for a subscriber: the case, or the staff member. */
export function webhookOrderingKey(event: WebhookEvent): string {
  return 'caseId' in event ? `case:${event.caseId}` : `staff:${event.staffId}`;
}

export type WebhookUrlProblem = 'INVALID' | 'NOT_HTTPS' | 'HAS_CREDENTIALS';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);
// scheme://authority/rest; the domain has no URL parser (no platform APIs in rules).
const URL_PARTS = /^([a-z][a-z0-9+.-]*):\/\/([^/?#\s]+)([/?#]\S*)?$/i;

/**
 * Where deliveries may go: an https URL without credentials in it; plain http only to this machine
 * and only outside production (the tests' and a developer's receiver).
 */
export function webhookUrlProblem(value: string, isProduction: boolean): WebhookUrlProblem | null {
  const parts = URL_PARTS.exec(value.trim());
  if (!parts) return 'INVALID';
  const [, scheme, authority] = parts;
  if (authority.includes('@')) return 'HAS_CREDENTIALS';
  const protocol = scheme.toLowerCase();
  if (protocol === 'https') return null;
  const host = authority.replace(/:\d+$/, '').toLowerCase();
  const isLocalHttp = protocol === 'http' && LOCAL_HOSTS.has(host);
  return isLocalHttp && !isProduction ? null : 'NOT_HTTPS';
}

/** Does a subscription to these types receive this event? */
export function isSubscribedTo(eventTypes: readonly string[], type: WebhookEventType): boolean {
  return eventTypes.includes(type);
}

/**
 * pg-boss's exponential back-off (retryBackoff): retry n (1-based) waits between delay·2^(n-1) and
 * twice that. The shortest and longest total wait before the last attempt, in seconds.
 */
export function webhookRetryWindow(retryDelaySeconds: number, retryLimit: number): [number, number] {
  const shortest = retryDelaySeconds * (2 ** retryLimit - 1);
  return [shortest, shortest * 2];
}
