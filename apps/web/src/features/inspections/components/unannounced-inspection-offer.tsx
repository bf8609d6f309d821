import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { paths } from '../../../app/paths';
import { useT } from '../../../i18n/i18n';
import type { InspectionOutcome } from '../hooks/inspection-outcome';
import { useStartInspection } from '../hooks/use-inspection-mutations';
import { OutcomeAlert } from './outcome-alert';

/** PRV-1 after a case: its institution's inspectors start an unannounced inspection, the touched items first. */
export function UnannouncedInspectionOffer({
  caseId,
  institutionId,
}: {
  caseId: string;
  institutionId: string;
}) {
  const t = useT();
  const navigate = useNavigate();
  const { startInspection, loading } = useStartInspection();
  const [outcome, setOutcome] = useState<InspectionOutcome<unknown> | 'NETWORK' | null>(null);
  const start = async () => {
    try {
      const result = await startInspection({ kind: 'UNANNOUNCED', institutionId, caseId });
      setOutcome(result);
      if (result.type === 'DONE') void navigate(paths.inspection(result.value.id));
    } catch {
      setOutcome('NETWORK');
    }
  };
  return (
    <Paper variant="outlined" component="section" sx={{ p: 3, mb: 3 }} data-testid="case-inspection-offer">
      <Typography variant="h6" component="h2" gutterBottom>
        {t('inspections.afterCase.title')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {t('inspections.afterCase.body')}
      </Typography>
      <OutcomeAlert outcome={outcome} />
      <Button
        variant="contained"
        size="large"
        disabled={loading}
        onClick={() => void start()}
        data-testid="start-unannounced"
      >
        {t('inspections.afterCase.start')}
      </Button>
    </Paper>
  );
}
