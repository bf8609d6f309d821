import { DEFAULT_POLICY, type AlertKind } from '@xiaohu/domain';
import { deliverMail } from '../notifications/mail-delivery';
import { loadMailSettings } from '../notifications/mail-settings';
import type { TestApp } from '../../test-support/test-app';
import { fireAlert } from './incident-alerts';

/** Runs the case's scheduled alert jobs' handler now (by the test's clock), in job order. */
export async function dataSourceFireAlerts(app: TestApp, incidentId: string): Promise<string[]> {
  const jobs = (await app.owner.query(
    `SELECT data->>'kind' AS kind FROM pgboss.job WHERE data->>'incidentId' = $1 ORDER BY start_after`,
    [incidentId],
  )) as { kind: AlertKind }[];
  const outcomes: string[] = [];
  for (const job of jobs) {
    outcomes.push(
      await app.dataSource.transaction((manager) =>
        fireAlert(
          manager,
          { incidentId, kind: job.kind },
          { clock: app.clock, policy: DEFAULT_POLICY, mail: loadMailSettings() },
        ),
      ),
    );
  }
  return outcomes;
}

export async function deliverAll(app: TestApp): Promise<void> {
  const rows = (await app.owner.query(`SELECT id FROM mail_outbox WHERE sent_at IS NULL`)) as {
    id: string;
  }[];
  for (const row of rows) await deliverMail(app.dataSource, row.id, loadMailSettings(), app.clock);
}
