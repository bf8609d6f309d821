import type { DataSource } from 'typeorm';
import { AccountEntity } from '../features/accounts/account.entity';
import { InstitutionEntity } from '../features/institutions/institution.entity';
import { TipMessageEntity } from '../features/tips/tip-message.entity';
import { TipEntity } from '../features/tips/tip.entity';
import { recordAudit } from '../shared/audit/audit-log';
import { hashPassword } from '../shared/auth/password';

const HOUR = 60 * 60 * 1000;

/** The demo tip's code and passphrase (README): a newcomer can open the reporter's side too. */
export const DEMO_TIP = { code: 'XHDM-2345', passphrase: 'ANWN-BANG-HUXY-2345' } as const;

/**
 * REP-9: one open tip in 安稳办's inbox, answered once, with the reporter's reply awaiting 安稳办.
 * Idempotent (by its code).
 */
export async function seedDemoTips(dataSource: DataSource, options: { now: Date }): Promise<void> {
  const code = DEMO_TIP.code.replace('-', '');
  const passphraseHash = await hashPassword(DEMO_TIP.passphrase.replace(/-/g, ''));
  await dataSource.transaction(async (manager) => {
    if (await manager.getRepository(TipEntity).existsBy({ code })) return;
    const school = await manager.getRepository(InstitutionEntity).findOneBy({ name: '九龙坡区谢家湾小学' });
    const safety = await manager.getRepository(AccountEntity).findOneBy({ username: 'safety' });
    if (!school || !safety) return;
    const ago = (hours: number) => new Date(options.now.getTime() - hours * HOUR);
    const tip = manager.getRepository(TipEntity).create({
      code,
      passphraseHash,
      category: 'BULLYING_VIOLENCE',
      isConfidential: false,
      institutionId: school.id,
      schoolName: null,
      happenedWhen: '这周每天放学后',
      description: '我们班有几个高年级同学每天放学后在校门口拦住一个同学要钱，不给就推他。',
      contact: null,
      status: 'OPEN',
      submittedAt: ago(48),
      lastMessageAt: ago(3),
      lastAuthor: 'REPORTER',
      caseId: null,
      convertedAt: null,
      closedAt: null,
      closedByAccountId: null,
    });
    await manager.getRepository(TipEntity).insert(tip);
    await manager.getRepository(TipMessageEntity).insert([
      {
        tipId: tip.id,
        author: 'SAFETY',
        authorAccountId: safety.id,
        body: '你好，安稳办已收到。请问被拦的同学是几年级？大概在校门口哪一边？',
        sentAt: ago(24),
      },
      {
        tipId: tip.id,
        author: 'REPORTER',
        authorAccountId: null,
        body: '四年级的，在校门东边小卖部旁边。',
        sentAt: ago(3),
      },
    ]);
    await recordAudit(manager, null, options.now, {
      action: 'seed.demoTips',
      outcome: 'OK',
      targetType: 'tip',
      targetId: tip.id,
    });
  });
}
