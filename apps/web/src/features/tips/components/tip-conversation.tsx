import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { TipAuthor } from '../../../gql/graphql';
import { useT } from '../../../i18n/i18n';
import { formatDateTime } from '../../../shared/lib/dates';

/** REP-9: a tip's messages, the reporter's on one side and 安稳办's on the other. */
export function TipConversation({
  messages,
  viewer,
}: {
  messages: readonly { author: TipAuthor; body: string; sentAt: string }[];
  /** Whose side is "mine" (right-aligned). */
  viewer: TipAuthor;
}) {
  const t = useT();
  return (
    <Stack spacing={1} component="ol" sx={{ listStyle: 'none', p: 0, m: 0 }} data-testid="tip-messages">
      {messages.map((message, index) => {
        const isMine = message.author === viewer;
        return (
          <Box
            component="li"
            key={index}
            sx={{ display: 'flex', justifyContent: isMine ? 'flex-end' : 'flex-start' }}
          >
            <Paper
              variant="outlined"
              sx={{ p: 1.5, maxWidth: '85%', bgcolor: isMine ? 'action.hover' : 'background.paper' }}
              data-testid={`tip-message-${message.author}`}
            >
              <Typography variant="caption" color="text.secondary" component="p">
                {t(`tips.author.${message.author}`)} · {formatDateTime(message.sentAt)}
              </Typography>
              <Typography sx={{ whiteSpace: 'pre-wrap' }}>{message.body}</Typography>
            </Paper>
          </Box>
        );
      })}
    </Stack>
  );
}
