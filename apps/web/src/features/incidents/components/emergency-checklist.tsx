import Checkbox from '@mui/material/Checkbox';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import { useState } from 'react';
import type { EmergencyStep } from '../../../gql/graphql';
import { useT } from '../../../i18n/i18n';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { formatDateTimeShort } from '../../../shared/lib/dates';
import { outcomeMessage, thrownMessage } from '../hooks/outcome-message';
import { useCompleteEmergencyStep } from '../hooks/use-complete-emergency-step';
import { useIncidentLabels } from '../hooks/use-incident-labels';
import type { CaseDetail } from '../incidents.types';

/** REP-6: each step ticked once, with the time and the person the server records. */
export function EmergencyChecklist({ incident }: { incident: CaseDetail }) {
  const t = useT();
  const labels = useIncidentLabels();
  const { completeEmergencyStep, isCompleting } = useCompleteEmergencyStep();
  const [alert, setAlert] = useState<string | null>(null);
  const canTick = incident.viewerCan.canCompleteEmergencyStep;

  const tick = async (step: EmergencyStep) => {
    setAlert(null);
    try {
      // No doneAt: the server stamps its own now, the time the step was ticked.
      const outcome = await completeEmergencyStep({ caseId: incident.id, step });
      setAlert(outcomeMessage(outcome, t, labels));
    } catch (error) {
      setAlert(thrownMessage(error, t));
    }
  };

  return (
    <>
      <ErrorAlert message={alert} sx={{ mb: 1 }} />
      <List dense data-testid="emergency-checklist">
        {incident.emergencyChecklist.map((item) => {
          const isDone = Boolean(item.doneAt);
          return (
            <ListItem key={item.step} data-testid={`emergency-step-${item.step}`} data-done={isDone}>
              <ListItemIcon>
                <Checkbox
                  edge="start"
                  checked={isDone}
                  disabled={isDone || !canTick || isCompleting}
                  onChange={() => void tick(item.step)}
                  slotProps={{
                    // The accessible name says what ticking does; the visible label stays the step's name.
                    input: {
                      'aria-label': t('incidents.case.markStepDone', { step: labels.step(item.step) }),
                    },
                  }}
                />
              </ListItemIcon>
              <ListItemText
                primary={`${labels.step(item.step)}`}
                secondary={
                  item.doneAt
                    ? t('incidents.case.stepDone', {
                        name: item.doneBy?.displayName ?? t('incidents.case.system'),
                        at: formatDateTimeShort(item.doneAt),
                      })
                    : t('incidents.case.stepPending')
                }
              />
            </ListItem>
          );
        })}
      </List>
    </>
  );
}
