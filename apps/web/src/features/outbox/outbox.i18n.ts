// Messages of the mail outbox page (issue 9). Both objects must have exactly the same keys.
export const outboxZhCN = {
  'outbox.nav': '邮件发送',
  'outbox.title': '邮件发送状态',
  'outbox.subtitle': '提醒邮件的投递情况：收件账户、类别、时间和状态。邮件内容只有收件人能看到，这里不显示。',
  'outbox.empty.title': '还没有邮件',
  'outbox.empty.body': '有提醒发往带电子邮箱的账户时，会在这里显示投递状态。',
  'outbox.column.recipient': '收件人',
  'outbox.column.kind': '类别',
  'outbox.column.status': '状态',
  'outbox.column.createdAt': '生成时间',
  'outbox.column.sentAt': '发送时间',
  'outbox.column.lastFailedAt': '最近失败时间',
  'outbox.unknownRecipient': '（账户已删除）',
  'outbox.attempts': '失败 {count} 次',
  'outbox.status.WAITING': '待发送',
  'outbox.status.SENT': '已发送',
  'outbox.status.FAILING': '发送失败，重试中',
} as const satisfies Record<string, string>;

export const outboxEn: Record<keyof typeof outboxZhCN, string> = {
  'outbox.nav': 'Mail delivery',
  'outbox.title': 'Mail delivery status',
  'outbox.subtitle':
    'How alert mail is delivered: recipient account, kind, times and status. What a mail says is for its recipient only and is not shown here.',
  'outbox.empty.title': 'No mail yet',
  'outbox.empty.body':
    'When an alert goes to an account with an e-mail address, its delivery status appears here.',
  'outbox.column.recipient': 'Recipient',
  'outbox.column.kind': 'Kind',
  'outbox.column.status': 'Status',
  'outbox.column.createdAt': 'Written',
  'outbox.column.sentAt': 'Sent',
  'outbox.column.lastFailedAt': 'Last failure',
  'outbox.unknownRecipient': '(account removed)',
  'outbox.attempts': '{count} failed attempt(s)',
  'outbox.status.WAITING': 'Waiting',
  'outbox.status.SENT': 'Sent',
  'outbox.status.FAILING': 'Failing, retrying',
};
