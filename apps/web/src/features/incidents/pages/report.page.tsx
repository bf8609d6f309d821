import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import { useQuery } from '@apollo/client/react';
import Link from '@mui/material/Link';
import { Link as RouterLink, useNavigate } from 'react-router';
import { paths } from '../../../app/paths';
import { useViewer } from '../../auth/hooks/use-viewer';
import { useT } from '../../../i18n/i18n';
import { PageHeader } from '../../../shared/ui/page-header';
import { DisclosureForm } from '../forms/disclosure-form';
import { canReportIncident } from '../hooks/incident-access';
import { ReportingChannelsQuery } from '../incidents.graphql';
import { RuleText } from '../../../shared/rules/rule-info';

/** 报告: a staff member records what a pupil told them; the case page opens with the deadlines. */
export function ReportPage() {
  const t = useT();
  const viewer = useViewer();
  const navigate = useNavigate();

  return (
    <>
      <PageHeader title={t('incidents.report.title')} subtitle={t('incidents.report.subtitle')} />
      {canReportIncident(viewer) ? (
        <DisclosureForm onRecorded={(caseId) => void navigate(paths.case(caseId))} />
      ) : (
        <Alert severity="info" data-testid="report-not-staff">
          {t('incidents.report.notInstitutionStaff')}
        </Alert>
      )}
      <ReportingChannels />
    </>
  );
}

/** REP-9: the district's mailbox and hotline, for anyone who would rather report there. */
function ReportingChannels() {
  const t = useT();
  const { data } = useQuery(ReportingChannelsQuery);
  const channels = data?.reportingChannels;
  if (!channels) return null;
  return (
    <Alert severity="info" sx={{ mt: 4 }} data-testid="reporting-channels">
      <AlertTitle>
        <RuleText>{t('incidents.report.channelsTitle')}</RuleText>
      </AlertTitle>
      <div>{t('incidents.report.mailbox', { mailbox: channels.mailbox })}</div>
      <div>{t('incidents.report.hotline', { hotline: channels.hotline })}</div>
      <Link component={RouterLink} to={paths.tipLine()} data-testid="report-tip-line">
        {t('incidents.report.tipLine')}
      </Link>
    </Alert>
  );
}
