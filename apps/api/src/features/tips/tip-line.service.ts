import { randomInt } from 'node:crypto';
import {
  groupTipCharacters,
  isTipConversationOpen,
  normaliseTipSecret,
  tipRouting,
  TIP_CODE_ALPHABET,
  TIP_CODE_LENGTH,
  TIP_PASSPHRASE_LENGTH,
} from '@xiaohu/domain';
import type { EntityManager } from 'typeorm';
import type { RequestContext } from '../../context';
import { recordAudit } from '../../shared/audit/audit-log';
import { hashPassword, verifyPassword } from '../../shared/auth/password';
import { boundedText, firstInvalid } from '../../shared/commands/bounded-text';
import { ErrorResult, ValidationError } from '../../shared/graphql/error-result';
import { InstitutionEntity } from '../institutions/institution.entity';
import { countAttempt, isHeldOff, issueChallenge, refuseProof } from './tip-gate';
import { TipMessageEntity } from './tip-message.entity';
import { TipEntity } from './tip.entity';
import { TipNotFoundError, TipProofError, TipRateLimitedError, TipStateError } from './tips.results';
import type { ReplyToTipInput, SubmitTipInput } from './tips.inputs';
import { TipReceipt, type TipChallenge, type TipSchool, type TipThread } from './tip.type';
import { toTipThread } from './tip-view';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function randomCharacters(length: number): string {
  return Array.from({ length }, () => TIP_CODE_ALPHABET[randomInt(TIP_CODE_ALPHABET.length)]).join('');
}

/** REP-9: the schools the tip page offers: public names only. */
export async function listTipSchools(context: RequestContext): Promise<TipSchool[]> {
  return context.dataSource
    .getRepository(InstitutionEntity)
    .find({ select: { id: true, name: true }, order: { name: 'ASC' } });
}

/** REP-9: a fresh proof-of-work challenge (stateless: signed, checked and spent on submit). */
export function tipChallenge(context: RequestContext): TipChallenge {
  const difficulty = context.config.tipProofBits;
  return { challenge: issueChallenge(context.clock.now(), difficulty), difficulty };
}

/**
 * REP-9: takes an anonymous tip. The client's address only counts attempts in tip_gate (hashed, per
 * window, never beside the tip); the tip itself holds no address, fingerprint, account or name.
 */
export async function submitTip(context: RequestContext, input: SubmitTipInput) {
  const now = context.clock.now();
  const description = boundedText(input.description, 'description', 'tipDescription', true);
  const schoolName = boundedText(input.schoolName, 'schoolName', 'tipSchoolName', false);
  const happenedWhen = boundedText(input.happenedWhen, 'happenedWhen', 'tipWhen', false);
  const contact = boundedText(input.contact, 'contact', 'tipContact', false);
  const invalid = firstInvalid(description, schoolName, happenedWhen, contact);
  // A hash of the passphrase costs tens of milliseconds: made before the transaction holds any lock.
  const passphrase = randomCharacters(TIP_PASSPHRASE_LENGTH);
  const passphraseHash = await hashPassword(passphrase);
  return context.dataSource.transaction(async (manager) => {
    const outcome = await takeTip(manager);
    // One audit row for every outcome, refusals included: no address, no name, never the contents.
    await recordAudit(manager, null, now, {
      action: 'tip.submit',
      outcome: outcome.result instanceof ErrorResult ? outcome.result.code : 'OK',
      targetType: 'tip',
      targetId: outcome.tipId ?? null,
      details: outcome.details ?? null,
    });
    return outcome.result;
  });

  async function takeTip(manager: EntityManager): Promise<PublicOutcome> {
    const waitSeconds = await countAttempt(manager, 'SUBMIT', context.client.address, now);
    if (waitSeconds !== null) return { result: TipRateLimitedError.of(waitSeconds) };
    const proofRefusal = await refuseProof(manager, input.challenge, input.nonce, now);
    if (proofRefusal) return { result: TipProofError.of(proofRefusal) };
    if (invalid) return { result: invalid };
    const institution = await schoolOf(manager, input.institutionId ?? null);
    if (institution instanceof ValidationError) return { result: institution };
    if (!institution && !schoolName) {
      return { result: ValidationError.of('schoolName', 'Choose a school or type its name') };
    }
    const routing = tipRouting(
      {
        category: input.category,
        institution: institution && { id: institution.id, kind: institution.kind },
      },
      context.policy,
    );
    const code = await freshCode(manager);
    const tip = manager.getRepository(TipEntity).create({
      code,
      passphraseHash,
      category: input.category,
      isConfidential: routing.isConfidential,
      institutionId: institution?.id ?? null,
      schoolName: institution ? null : (schoolName as string),
      happenedWhen: happenedWhen as string | null,
      description: description as string,
      contact: contact as string | null,
      status: 'OPEN',
      submittedAt: now,
      lastMessageAt: now,
      lastAuthor: 'REPORTER',
      caseId: null,
      convertedAt: null,
      closedAt: null,
      closedByAccountId: null,
    });
    await manager.getRepository(TipEntity).insert(tip);
    return {
      result: Object.assign(new TipReceipt(), {
        tipCode: groupTipCharacters(code),
        passphrase: groupTipCharacters(passphrase),
      }),
      tipId: tip.id,
      details: { category: input.category, isConfidential: routing.isConfidential, ruleIds: routing.ruleIds },
    };
  }
}

/** What a public step answers, and what its audit row says. */
interface PublicOutcome {
  result: object;
  tipId?: string;
  details?: Record<string, unknown>;
}

async function schoolOf(
  manager: EntityManager,
  institutionId: string | null,
): Promise<InstitutionEntity | null | ValidationError> {
  if (!institutionId) return null;
  const institution = UUID.test(institutionId)
    ? await manager.getRepository(InstitutionEntity).findOneBy({ id: institutionId })
    : null;
  return institution ?? ValidationError.of('institutionId', 'No such school');
}

async function freshCode(manager: EntityManager): Promise<string> {
  for (;;) {
    const code = randomCharacters(TIP_CODE_LENGTH);
    if (!(await manager.getRepository(TipEntity).existsBy({ code }))) return code;
  }
}

type Opened = { tip: TipEntity } | TipNotFoundError | TipRateLimitedError | ValidationError;

/**
 * REP-9: the tip of a code and passphrase, locked for the caller's change. Wrong passphrases are
 * counted per code (5 in 15 minutes); an unknown code costs the same hash and answers the same.
 */
async function openTip(
  manager: EntityManager,
  typedCode: string,
  typedPassphrase: string,
  now: Date,
): Promise<Opened> {
  const code = normaliseTipSecret(typedCode, TIP_CODE_LENGTH);
  if (!code) return ValidationError.of('code', 'A tip code is 8 letters and digits');
  const waitSeconds = await isHeldOff(manager, 'PASSPHRASE', code, now);
  if (waitSeconds !== null) return TipRateLimitedError.of(waitSeconds);
  const tip = await manager
    .getRepository(TipEntity)
    .findOne({ where: { code }, lock: { mode: 'pessimistic_write' } });
  const passphrase = normaliseTipSecret(typedPassphrase, TIP_PASSPHRASE_LENGTH) ?? '';
  const matches = await verifyPassword(tip?.passphraseHash ?? null, passphrase);
  if (!tip || !matches) {
    await countAttempt(manager, 'PASSPHRASE', code, now);
    return TipNotFoundError.of();
  }
  return { tip };
}

async function messagesOf(manager: EntityManager, tipId: string) {
  return manager.getRepository(TipMessageEntity).find({ where: { tipId }, order: { sentAt: 'ASC' } });
}

/** REP-9: the reporter reads the conversation with the code and passphrase. */
export async function readTipThread(context: RequestContext, code: string, passphrase: string) {
  const now = context.clock.now();
  return context.dataSource.transaction(async (manager) => {
    const opened = await openTip(manager, code, passphrase, now);
    if (!('tip' in opened)) return opened;
    return toTipThreadResult(opened.tip, await messagesOf(manager, opened.tip.id));
  });
}

/** REP-9: the reporter writes back; each reply is audited (no address, no name). */
export async function replyToTip(context: RequestContext, input: ReplyToTipInput) {
  const now = context.clock.now();
  const body = boundedText(input.body, 'body', 'tipMessage', true);
  return context.dataSource.transaction(async (manager) => {
    const outcome = await takeReply(manager);
    await recordAudit(manager, null, now, {
      action: 'tip.reply',
      outcome: outcome.result instanceof ErrorResult ? outcome.result.code : 'OK',
      targetType: 'tip',
      targetId: outcome.tipId ?? null,
    });
    return outcome.result;
  });

  async function takeReply(manager: EntityManager): Promise<PublicOutcome> {
    const waitSeconds = await countAttempt(manager, 'REPLY', context.client.address, now);
    if (waitSeconds !== null) return { result: TipRateLimitedError.of(waitSeconds) };
    if (body instanceof ValidationError) return { result: body };
    const opened = await openTip(manager, input.code, input.passphrase, now);
    if (!('tip' in opened)) return { result: opened };
    const { tip } = opened;
    if (!isTipConversationOpen(tip.status))
      return { result: TipStateError.of('The tip is closed'), tipId: tip.id };
    await manager.getRepository(TipMessageEntity).insert({
      tipId: tip.id,
      author: 'REPORTER',
      authorAccountId: null,
      body: body as string,
      sentAt: now,
    });
    await manager.getRepository(TipEntity).update(tip.id, { lastMessageAt: now, lastAuthor: 'REPORTER' });
    Object.assign(tip, { lastMessageAt: now, lastAuthor: 'REPORTER' });
    return { result: toTipThreadResult(tip, await messagesOf(manager, tip.id)), tipId: tip.id };
  }
}

function toTipThreadResult(tip: TipEntity, messages: TipMessageEntity[]): TipThread {
  return toTipThread(tip, messages);
}
