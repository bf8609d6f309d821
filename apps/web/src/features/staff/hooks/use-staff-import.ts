import { useApolloClient } from '@apollo/client/react';
import { useCallback, useState } from 'react';
import { uploadStaffRoster, type StaffImportOutcome } from '../lib/staff-rest';

export type ImportPhase = 'IDLE' | 'UPLOADING' | 'PROCESSING' | 'DONE';

/** The upload, its progress and its outcome; a successful import refreshes the lists. */
export function useStaffImport() {
  const client = useApolloClient();
  const [phase, setPhase] = useState<ImportPhase>('IDLE');
  const [percent, setPercent] = useState(0);
  const [outcome, setOutcome] = useState<StaffImportOutcome | null>(null);

  const upload = useCallback(
    async (file: File, institutionId?: string | null) => {
      setOutcome(null);
      setPercent(0);
      setPhase('UPLOADING');
      const result = await uploadStaffRoster(file, {
        institutionId,
        onProgress: setPercent,
        onUploaded: () => setPhase('PROCESSING'),
      });
      if (result.type === 'IMPORTED') {
        client.cache.evict({ fieldName: 'staff' });
        client.cache.gc();
      }
      setOutcome(result);
      setPhase('DONE');
      return result;
    },
    [client],
  );

  const reset = useCallback(() => {
    setOutcome(null);
    setPercent(0);
    setPhase('IDLE');
  }, []);

  return { upload, reset, phase, percent, outcome };
}
