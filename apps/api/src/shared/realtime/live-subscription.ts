import type { RequestContext } from '../../context';
import { enforceDeclaredAccess } from '../auth/access';
import type { ChangeFeed, ChangeSignal, ChangeTopic } from './change-feed';

/**
 * The subscribe step of a live field: the field's declared access first (@Allow runs only on each
 * signal), then the feed's signals for one topic and key, or nothing when the server has no feed.
 */
export async function liveChanges(
  fieldName: string,
  context: RequestContext,
  topicOf: (context: RequestContext) => Promise<{ topic: ChangeTopic; key: string }>,
): Promise<AsyncIterable<ChangeSignal>> {
  enforceDeclaredAccess(fieldName, context);
  const { topic, key } = await topicOf(context);
  const feed: ChangeFeed | undefined = context.changes;
  if (!feed) throw new Error('Subscriptions are served over the WebSocket only');
  return feed.changes(topic, key);
}
