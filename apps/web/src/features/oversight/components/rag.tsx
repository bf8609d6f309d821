import Box from '@mui/material/Box';
import type { Rag } from '../../../gql/graphql';
import { useT } from '../../../i18n/i18n';

/** Background of a red, amber or green figure: light enough for the text on it. */
export const RAG_BACKGROUND: Record<Rag, string | undefined> = {
  RED: '#fdecea',
  AMBER: '#fff4e5',
  GREEN: '#edf7ed',
  NONE: undefined,
};
const RAG_DOT: Record<Rag, string> = { RED: '#c62828', AMBER: '#ed6c02', GREEN: '#2e7d32', NONE: '#9e9e9e' };

/** A coloured dot with the colour's name for screen readers (colour is never the only cue). */
export function RagDot({ rag }: { rag: Rag }) {
  const t = useT();
  return (
    <Box
      component="span"
      role="img"
      aria-label={t(`oversight.rag.${rag}`)}
      data-rag={rag}
      sx={{
        display: 'inline-block',
        width: 10,
        height: 10,
        borderRadius: '50%',
        bgcolor: RAG_DOT[rag],
        mr: 0.75,
      }}
    />
  );
}
