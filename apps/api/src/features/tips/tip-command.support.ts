import { tipAccess, type TipAccess } from '@xiaohu/domain';
import type { EntityManager } from 'typeorm';
import type { RequestContext } from '../../context';
import { toAccessActor, type SignedInActor } from '../../shared/auth/actor';
import { InstitutionEntity } from '../institutions/institution.entity';
import { TipMessageEntity } from './tip-message.entity';
import { TipEntity } from './tip.entity';
import { TipNotFoundError } from './tips.results';
import { tipFactsOf, toTip } from './tip-view';
import type { Tip } from './tip.type';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface LoadedTip {
  tip: TipEntity;
  institution: InstitutionEntity | null;
  access: TipAccess;
}

/** A tip and the policy's answer for this actor; NOT_FOUND when missing or not the actor's to read. */
export async function loadTip(
  context: RequestContext,
  manager: EntityManager,
  actor: SignedInActor,
  tipId: string,
  forChange: boolean,
): Promise<LoadedTip | TipNotFoundError> {
  if (!UUID.test(tipId)) return TipNotFoundError.of();
  const tip = await manager.getRepository(TipEntity).findOne({
    where: { id: tipId },
    ...(forChange ? { lock: { mode: 'pessimistic_write' as const } } : {}),
  });
  if (!tip) return TipNotFoundError.of();
  const institution = tip.institutionId
    ? await manager.getRepository(InstitutionEntity).findOneBy({ id: tip.institutionId })
    : null;
  const access = tipAccess(tipFactsOf(tip, institution?.kind ?? null), toAccessActor(actor), context.policy);
  return access.canView.allowed ? { tip, institution, access } : TipNotFoundError.of();
}

/** 安稳办's view of the tip as it now stands. */
export async function viewTip(
  context: RequestContext,
  manager: EntityManager,
  actor: SignedInActor,
  loaded: Pick<LoadedTip, 'tip' | 'institution'>,
): Promise<Tip> {
  const messages = await manager
    .getRepository(TipMessageEntity)
    .find({ where: { tipId: loaded.tip.id }, order: { sentAt: 'ASC' } });
  return toTip(loaded.tip, loaded.institution, messages, toAccessActor(actor), context.policy);
}
