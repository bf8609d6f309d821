import { In } from 'typeorm';
import type { RequestContext } from '../../../context';
import { runCommand } from '../../../shared/commands/run-command';
import { ValidationError } from '../../../shared/graphql/error-result';
import { InstitutionEntity } from '../../institutions/institution.entity';
import { ImportRejectedError, type ImportRowError } from '../../staff/staff.results';
import { AccountEntity } from '../account.entity';
import { toAccount } from '../account.type';
import {
  HeadAccountsImported,
  SetPasswordLinkIssued,
  type ImportHeadAccountsInput,
} from '../account-admin.types';
import { issueSetPasswordLink, loadAccount } from '../account-rules';
import { MAX_HEAD_ACCOUNT_FILE_BYTES, parseHeadAccountSheet, rowError } from '../head-accounts-sheet';
import { checkNewAccount } from './create-account';

const FIELD_COLUMN: Record<string, string> = {
  username: '用户名',
  displayName: '姓名',
  email: '电子邮箱',
  institutionId: '机构名称',
};
const FIELD_MESSAGE: Record<string, string> = {
  username: '用户名须为 3 至 64 个小写字母、数字、点、连字符或下划线',
  displayName: '姓名须为 1 至 60 个字',
  email: '电子邮箱格式不正确',
};

interface PlannedHead {
  row: number;
  institutionId: string;
  username: string;
  displayName: string;
  email: string | null;
}

interface Plan {
  rows: PlannedHead[];
}

/**
 * Creates the accounts of institution heads (role HEAD) from an .xlsx filled from the template,
 * all-or-nothing: any error rejects the whole file with a per-row report and nothing is created.
 * Every account gets its one-time set-password link in the answer.
 */
export async function importHeadAccounts(context: RequestContext, input: ImportHeadAccountsInput) {
  const now = context.clock.now();
  const buffer = Buffer.from(input.fileBase64 ?? '', 'base64');
  const tooBig = buffer.length > MAX_HEAD_ACCOUNT_FILE_BYTES;
  let parsed: Awaited<ReturnType<typeof parseHeadAccountSheet>> | null = null;
  if (buffer.length > 0 && !tooBig) {
    try {
      parsed = await parseHeadAccountSheet(buffer);
    } catch {
      parsed = {
        rows: [],
        errors: [rowError(1, null, 'UNREADABLE_FILE', '无法读取文件，请上传由模板填写的 .xlsx 文件')],
      };
    }
  }
  return runCommand<Plan | ImportRejectedError>(context, {
    action: 'account.importHeads',
    targetType: 'account',
    targetId: null,
    validate: () =>
      buffer.length === 0
        ? ValidationError.of('fileBase64', 'The file is empty')
        : tooBig
          ? ValidationError.of(
              'fileBase64',
              `The file is larger than ${MAX_HEAD_ACCOUNT_FILE_BYTES / 1024} KB`,
            )
          : null,
    load: async (manager) => {
      const { rows, errors } = parsed!;
      const names = [...new Set(rows.map((row) => row.institutionName))];
      const institutions = names.length
        ? await manager
            .getRepository(InstitutionEntity)
            .find({ select: { id: true, name: true }, where: { name: In(names) } })
        : [];
      const idByName = new Map(institutions.map((i) => [i.name, i.id]));
      const plan: PlannedHead[] = [];
      const firstRowByUsername = new Map<string, number>();
      for (const row of rows) {
        const institutionId = idByName.get(row.institutionName);
        if (!institutionId)
          errors.push(
            rowError(
              row.row,
              '机构名称',
              'UNKNOWN_INSTITUTION',
              `找不到机构“${row.institutionName}”，请按“填写说明”中的名称填写`,
            ),
          );
        const checked = checkNewAccount({
          ...row,
          role: 'HEAD',
          institutionId: institutionId ?? '00000000-0000-4000-8000-000000000000',
        });
        if (checked instanceof ValidationError) {
          const field = checked.field ?? 'username';
          errors.push(
            rowError(
              row.row,
              FIELD_COLUMN[field] ?? null,
              'INVALID_VALUE',
              FIELD_MESSAGE[field] ?? checked.message,
            ),
          );
          continue;
        }
        const earlier = firstRowByUsername.get(checked.username);
        if (earlier)
          errors.push(rowError(row.row, '用户名', 'DUPLICATE_IN_FILE', `与第 ${earlier} 行的用户名重复`));
        else firstRowByUsername.set(checked.username, row.row);
        if (institutionId) {
          const { username, displayName, email } = checked;
          plan.push({ row: row.row, institutionId, username, displayName, email });
        }
      }
      const usernames = [...firstRowByUsername.keys()];
      const taken = usernames.length
        ? await manager
            .getRepository(AccountEntity)
            .find({ select: { username: true }, where: { username: In(usernames) } })
        : [];
      const takenSet = new Set(taken.map((account) => account.username));
      for (const row of plan)
        if (takenSet.has(row.username))
          errors.push(rowError(row.row, '用户名', 'USERNAME_TAKEN', `用户名“${row.username}”已被使用`));
      if (errors.length > 0) {
        errors.sort((a: ImportRowError, b: ImportRowError) => a.row - b.row);
        return ImportRejectedError.of(rows.length, errors);
      }
      return { rows: plan };
    },
    authorize: () => null,
    execute: async (manager, plan) => {
      const created: SetPasswordLinkIssued[] = [];
      for (const row of plan.rows) {
        const { identifiers } = await manager.getRepository(AccountEntity).insert({
          username: row.username,
          displayName: row.displayName,
          email: row.email,
          role: 'HEAD',
          unitCode: null,
          institutionId: row.institutionId,
          passwordHash: null,
          staffMemberId: null,
          isDisabled: false,
        });
        const id = identifiers[0].id as string;
        const link = await issueSetPasswordLink(manager, id, now, context.config.setPasswordLinkHours);
        const account = await loadAccount(manager, id);
        created.push(Object.assign(new SetPasswordLinkIssued(), { account: toAccount(account!), ...link }));
      }
      return {
        result: Object.assign(new HeadAccountsImported(), { created }),
        details: { created: created.map((c) => c.account.username) },
      };
    },
  });
}
