import type { EntityManager } from 'typeorm';
import type { RequestContext } from '../../context';
import { recordAudit } from '../audit/audit-log';
import type { SignedInActor } from '../auth/actor';
import { signedIn } from '../auth/signed-in';
import { ErrorResult } from '../graphql/error-result';

/** What a command's last step hands back: the answer, and what its one audit row says about it. */
export interface CommandOutcome {
  /** The API object (a member of the operation's result union) or a typed refusal. */
  result: object;
  /** The record acted on, when the command created it or learned it on the way. */
  targetId?: string | null;
  /** Never a child's identity or free text: codes, ids and flags only. */
  details?: Record<string, unknown> | null;
  /** The audit outcome when the refusal's code is too coarse (e.g. the workflow's own code). */
  auditOutcome?: string;
}

/** One command (Outline's commands): the steps every mutation runs, in this order. */
export interface Command<Loaded> {
  /** The audit action, e.g. `incident.close`. */
  action: string;
  targetType: string;
  /** The target named by the input, before anything is loaded (sliced: ids from the client may be junk). */
  targetId: string | null;
  /** Input checks that need no data; a refusal here changes nothing but the audit trail. */
  validate?: () => ErrorResult | null;
  /** Loads the facts (locking what will change); NOT_FOUND when missing or invisible to the actor. */
  load: (manager: EntityManager, actor: SignedInActor) => Promise<Loaded>;
  /** Asks the domain's policy whether the actor may do this; a refusal is a typed error, never thrown. */
  authorize: (loaded: Exclude<Loaded, ErrorResult>, actor: SignedInActor) => ErrorResult | null;
  /** Applies the domain rule and saves, with the command's events and jobs. */
  execute: (
    manager: EntityManager,
    loaded: Exclude<Loaded, ErrorResult>,
    actor: SignedInActor,
  ) => Promise<CommandOutcome>;
}

/**
 * transaction → validate → load → authorize → decide and save → exactly one audit row, for every
 * outcome, refusals included, in the same transaction. Anything thrown is a bug and rolls back.
 */
export async function runCommand<Loaded>(context: RequestContext, command: Command<Loaded>): Promise<object> {
  return context.dataSource.transaction((manager) => runCommandIn(context, manager, command));
}

/**
 * The same steps inside a transaction the caller holds: a command that runs another (a tip turned into
 * a case records the case through the case's own command) commits or rolls back with it, each with
 * its own audit row.
 */
export async function runCommandIn<Loaded>(
  context: RequestContext,
  manager: EntityManager,
  command: Command<Loaded>,
): Promise<object> {
  const actor = signedIn(context);
  const outcome = await attempt(manager, actor, command);
  const isRefused = outcome.result instanceof ErrorResult;
  await recordAudit(manager, actor, context.clock.now(), {
    action: command.action,
    outcome: outcome.auditOutcome ?? (isRefused ? (outcome.result as ErrorResult).code : 'OK'),
    targetType: command.targetType,
    targetId: (outcome.targetId ?? command.targetId)?.slice(0, 64) ?? null,
    details: outcome.details ?? null,
  });
  return outcome.result;
}

async function attempt<Loaded>(
  manager: EntityManager,
  actor: SignedInActor,
  command: Command<Loaded>,
): Promise<CommandOutcome> {
  const invalid = command.validate?.() ?? null;
  if (invalid) return { result: invalid, details: refusalDetails(invalid) };
  const loaded = await command.load(manager, actor);
  if (loaded instanceof ErrorResult) return { result: loaded };
  const found = loaded as Exclude<Loaded, ErrorResult>;
  const forbidden = command.authorize(found, actor);
  if (forbidden) return { result: forbidden, details: refusalDetails(forbidden) };
  return command.execute(manager, found, actor);
}

function refusalDetails(error: ErrorResult): Record<string, unknown> | null {
  const { field, ruleId } = error as ErrorResult & { field?: string | null; ruleId?: string | null };
  const details = { ...(field ? { field } : {}), ...(ruleId ? { ruleId } : {}) };
  return Object.keys(details).length > 0 ? details : null;
}
