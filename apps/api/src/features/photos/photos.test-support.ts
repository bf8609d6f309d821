import sharp from 'sharp';
import { SESSION_COOKIE } from '../../shared/auth/session-cookie';
import type { GraphQLTestClient } from '../../test-support/graphql-test-client';
import type { TestApp } from '../../test-support/test-app';

/** What a record's `photos` field is asked for in the other features' tests. */
export const PHOTO_FIELDS = 'photos { id url thumbnailUrl width height }';

const cookie = (client: GraphQLTestClient) => `${SESSION_COOKIE}=${client.sessionToken}`;

/** Uploads a small JPEG as the client (POST /api/photos) and answers the new photo's id. */
export async function uploadTestPhoto(app: TestApp, client: GraphQLTestClient): Promise<string> {
  const jpeg = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#c33' } })
    .jpeg()
    .toBuffer();
  const response = await fetch(`${app.baseUrl}/api/photos`, {
    method: 'POST',
    headers: { 'content-type': 'image/jpeg', cookie: cookie(client) },
    body: jpeg,
  });
  if (response.status !== 201) throw new Error(`Upload answered ${response.status}`);
  return ((await response.json()) as { id: string }).id;
}

/** The HTTP status a signed-in user gets for a photo URL (200, or 404 when the record's policy says no). */
export async function photoStatus(app: TestApp, username: string, url: string): Promise<number> {
  const client = await app.signedIn(username);
  const response = await fetch(`${app.baseUrl}${url}`, { headers: { cookie: cookie(client) } });
  await response.arrayBuffer();
  return response.status;
}
