/** pg-boss's schema. */
export const JOB_SCHEMA = 'pgboss';

// Short expiry and retries: a crashed worker's job is picked up again within seconds, not 15 minutes.
export const JOB_QUEUES = {
  incidentAlert: {
    name: 'incident-alert',
    options: { policy: 'standard', retryLimit: 20, retryDelay: 2, retryBackoff: false, expireInSeconds: 30 },
  },
  hazardAlert: {
    name: 'hazard-alert',
    options: { policy: 'standard', retryLimit: 20, retryDelay: 2, retryBackoff: false, expireInSeconds: 30 },
  },
  mailDelivery: {
    name: 'mail-delivery',
    options: { policy: 'standard', retryLimit: 10, retryDelay: 30, retryBackoff: true, expireInSeconds: 60 },
  },
  // Issue 13: about a day of exponential back-off (20 s·(2^12 − 1) ≥ 22.75 h, webhookRetryWindow); one
  // HTTP attempt times out after 10 s.
  webhookDelivery: {
    name: 'webhook-delivery',
    options: { policy: 'standard', retryLimit: 12, retryDelay: 20, retryBackoff: true, expireInSeconds: 60 },
  },
} as const;

export type JobQueueName = (typeof JOB_QUEUES)[keyof typeof JOB_QUEUES]['name'];
