import { parentPort, workerData } from 'node:worker_threads';
import { readRosterSheet, type RosterSheet } from './roster-reader';

// Worker-thread entry (see staff-import.service.ts): reads the uploaded bytes, posts the sheet.
export type RosterReaderMessage = { sheet: RosterSheet } | { failed: true };

const { data } = workerData as { data: Uint8Array };
readRosterSheet(Buffer.from(data.buffer, data.byteOffset, data.byteLength)).then(
  (sheet) => parentPort!.postMessage({ sheet } satisfies RosterReaderMessage),
  () => parentPort!.postMessage({ failed: true } satisfies RosterReaderMessage),
);
