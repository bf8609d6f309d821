import { tipsAccess, type TipStatus } from '@xiaohu/domain';
import type { RequestContext } from '../../context';
import { recordAudit } from '../../shared/audit/audit-log';
import { toAccessActor } from '../../shared/auth/actor';
import { signedIn } from '../../shared/auth/signed-in';
import { pageSize } from '../../shared/graphql/connection';
import { InstitutionEntity } from '../institutions/institution.entity';
import { TipEntity } from './tip.entity';
import { loadTip, viewTip } from './tip-command.support';
import { toTipListItem } from './tip-view';
import type { Tip, TipListItem } from './tip.type';

// The inbox never loads a tip's contents: only these columns (the typed school name is the one text).
const LIST_COLUMNS = [
  'id',
  'code',
  'category',
  'isConfidential',
  'institutionId',
  'schoolName',
  'status',
  'submittedAt',
  'lastMessageAt',
  'lastAuthor',
].map((c) => `t.${c}`);

/** REP-9, REP-7: the tips in the viewer's inbox, latest message first; confidential ones per the policy. */
export async function listTips(
  context: RequestContext,
  status: TipStatus | null,
  first: number | null,
): Promise<TipListItem[]> {
  const actor = signedIn(context);
  const access = tipsAccess(toAccessActor(actor), context.policy);
  const query = context.dataSource
    .getRepository(TipEntity)
    .createQueryBuilder('t')
    .select(LIST_COLUMNS)
    .orderBy('t.last_message_at', 'DESC')
    .addOrderBy('t.id', 'DESC')
    .limit(pageSize(first, 50));
  if (!access.readsTips) query.andWhere('false');
  if (!access.readsConfidential) query.andWhere('t.is_confidential = false');
  if (status) query.andWhere('t.status = :status', { status });
  const tips = await query.getMany();
  const ids = [...new Set(tips.map((t) => t.institutionId).filter((id): id is string => id !== null))];
  const names = new Map(
    ids.length === 0
      ? []
      : (
          await context.dataSource
            .getRepository(InstitutionEntity)
            .createQueryBuilder('i')
            .select(['i.id', 'i.name'])
            .where('i.id IN (:...ids)', { ids })
            .getMany()
        ).map((i) => [i.id, i.name]),
  );
  return tips.map((t) => toTipListItem(t, t.institutionId ? (names.get(t.institutionId) ?? null) : null));
}

/** REP-9: one tip for 安稳办; every read is audited in the same transaction. */
export async function readTip(context: RequestContext, id: string): Promise<Tip | null> {
  const actor = signedIn(context);
  return context.dataSource.transaction(async (manager) => {
    const loaded = await loadTip(context, manager, actor, id, false);
    if (!('tip' in loaded)) return null;
    await recordAudit(manager, actor, context.clock.now(), {
      action: 'tip.read',
      outcome: 'OK',
      targetType: 'tip',
      targetId: loaded.tip.id,
    });
    return viewTip(context, manager, actor, loaded);
  });
}
