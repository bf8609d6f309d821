import { cleanText, describeTextProblem } from './clean-text';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type QueryParam = { ok: true; value: string | null } | { ok: false; message: string };

/**
 * One query-string parameter of a REST route, cleaned like a GraphQL argument (clean-text.ts):
 * null when absent or empty; refused when repeated, unclean, or (format 'uuid') not an id.
 */
export function readQueryParam(
  query: Record<string, unknown>,
  name: string,
  format: 'text' | 'uuid' = 'text',
): QueryParam {
  const raw = query[name];
  if (raw === undefined || raw === '') return { ok: true, value: null };
  if (typeof raw !== 'string') return { ok: false, message: `${name} must be given once, as text` };
  const cleaned = cleanText(raw, 'LINE');
  if (!cleaned.ok) return { ok: false, message: describeTextProblem(name, cleaned.problem) };
  if (format === 'uuid' && !UUID.test(cleaned.value))
    return { ok: false, message: `${name} is not a valid id` };
  return { ok: true, value: cleaned.value };
}
