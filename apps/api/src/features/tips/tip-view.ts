import {
  groupTipCharacters,
  isTipConversationOpen,
  tipAccess,
  tipAwaiting,
  type AccessActor,
  type DistrictPolicy,
  type InstitutionKind,
  type TipFacts,
} from '@xiaohu/domain';
import type { TipMessageEntity } from './tip-message.entity';
import type { TipEntity } from './tip.entity';
import { Tip, TipListItem, TipMessage, TipThread } from './tip.type';

/** The tip policy's facts of a stored tip, with its school's kind when chosen from the list. */
export function tipFactsOf(tip: TipEntity, kind: InstitutionKind | null): TipFacts {
  return {
    category: tip.category,
    institution: tip.institutionId && kind ? { id: tip.institutionId, kind } : null,
    status: tip.status,
  };
}

const toMessages = (messages: readonly TipMessageEntity[]): TipMessage[] =>
  messages.map((m) => Object.assign(new TipMessage(), { author: m.author, body: m.body, sentAt: m.sentAt }));

export function toTipListItem(tip: TipEntity, schoolName: string | null): TipListItem {
  return Object.assign(new TipListItem(), {
    id: tip.id,
    tipCode: groupTipCharacters(tip.code),
    category: tip.category,
    isConfidential: tip.isConfidential,
    school: schoolName ?? tip.schoolName,
    status: tip.status,
    submittedAt: tip.submittedAt,
    lastMessageAt: tip.lastMessageAt,
    awaiting: tipAwaiting(tip.status, tip.lastAuthor),
  });
}

/** 安稳办's view of one tip, with what the viewer may do now. */
export function toTip(
  tip: TipEntity,
  institution: { name: string; kind: InstitutionKind } | null,
  messages: readonly TipMessageEntity[],
  actor: AccessActor,
  policy: DistrictPolicy,
): Tip {
  const access = tipAccess(tipFactsOf(tip, institution?.kind ?? null), actor, policy);
  return Object.assign(new Tip(), {
    ...toTipListItem(tip, institution?.name ?? null),
    institutionId: tip.institutionId,
    happenedWhen: tip.happenedWhen,
    description: tip.description,
    contact: tip.contact,
    caseId: tip.caseId,
    messages: toMessages(messages),
    viewerCan: {
      answer: access.can.answer.allowed,
      close: access.can.close.allowed,
      convert: access.can.convert.allowed,
    },
    ruleIds: access.routing.ruleIds,
  });
}

/** The reporter's view: the conversation, no officer's name, nothing of the case. */
export function toTipThread(tip: TipEntity, messages: readonly TipMessageEntity[]): TipThread {
  return Object.assign(new TipThread(), {
    tipCode: groupTipCharacters(tip.code),
    status: tip.status,
    category: tip.category,
    submittedAt: tip.submittedAt,
    description: tip.description,
    messages: toMessages(messages),
    canReply: isTipConversationOpen(tip.status),
  });
}
