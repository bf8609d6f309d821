/** SMTP settings from the environment; without SMTP_HOST mail stays undelivered in the outbox. */
export interface MailSettings {
  smtp: {
    host: string;
    port: number;
    user?: string;
    pass?: string;
    secure: boolean;
    /** Only with SMTP_INSECURE=true: accept a server certificate that does not verify. */
    insecure: boolean;
  } | null;
  from: string;
}

export function loadMailSettings(env: NodeJS.ProcessEnv = process.env): MailSettings {
  const host = env.SMTP_HOST || undefined;
  return {
    smtp: host
      ? {
          host,
          port: Number(env.SMTP_PORT || 25),
          user: env.SMTP_USER || undefined,
          pass: env.SMTP_PASS || undefined,
          secure: env.SMTP_SECURE === 'true',
          insecure: env.SMTP_INSECURE === 'true',
        }
      : null,
    from: env.SMTP_FROM || 'XiaoHu 校护 <no-reply@xiaohu.local>',
  };
}
