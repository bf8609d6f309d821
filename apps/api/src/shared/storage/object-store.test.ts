import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startLocalS3, type LocalS3 } from '../../test-support/s3rver';
import { createPhotoStore } from './create-object-store';
import { FileObjectStore } from './file-object-store';
import { contentKey, type ObjectStore } from './object-store';
import { S3ObjectStore } from './s3-object-store';

const bytes = Buffer.from('photo bytes, any bytes');
const otherBytes = Buffer.from('other bytes');

// The same behaviour from both stores.
function storeContract(name: string, open: () => ObjectStore) {
  describe(name, () => {
    it('puts bytes under their SHA-256 and gets them back; the same bytes keep one key', async () => {
      const store = open();
      const key = await store.put(bytes, 'image/jpeg');
      expect(key).toBe(contentKey(bytes));
      expect(key).toMatch(/^[0-9a-f]{64}$/);
      expect(await store.put(bytes, 'image/jpeg')).toBe(key);
      expect(await store.get(key)).toEqual(bytes);
      expect(await store.exists(key)).toBe(true);
    });

    it('answers null and false for a key it does not hold; delete removes, and deleting twice is fine', async () => {
      const store = open();
      const key = await store.put(otherBytes, 'image/png');
      const missing = contentKey(Buffer.from('never stored'));
      expect(await store.get(missing)).toBeNull();
      expect(await store.exists(missing)).toBe(false);
      await store.delete(key);
      expect(await store.exists(key)).toBe(false);
      expect(await store.get(key)).toBeNull();
      await expect(store.delete(key)).resolves.toBeUndefined();
    });

    it('refuses anything but a content key (never a path or another object name)', async () => {
      const store = open();
      await expect(store.get('../../etc/passwd')).rejects.toThrow('Not a content key');
      await expect(store.exists('ABC')).rejects.toThrow('Not a content key');
    });
  });
}

let folder: string;
let s3: LocalS3;
const clients: S3ObjectStore[] = [];
beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'xiaohu-photos-'));
  s3 = await startLocalS3();
});
afterAll(async () => {
  for (const client of clients) client.close();
  await s3.stop();
  await rm(folder, { recursive: true, force: true });
});

storeContract(
  'FileObjectStore (content-addressed files in a temporary folder)',
  () => new FileObjectStore(folder),
);
storeContract('S3ObjectStore against a local s3rver', () => {
  const store = new S3ObjectStore(s3.settings);
  clients.push(store);
  return store;
});

describe('where photos live', () => {
  it('fans files out by the key’s first two characters and leaves no temporary file', async () => {
    const root = path.join(folder, 'fan-out');
    const store: ObjectStore = new FileObjectStore(root);
    const key = await store.put(bytes, 'image/jpeg');
    expect(await readdir(root)).toEqual([key.slice(0, 2)]);
    expect(await readdir(path.join(root, key.slice(0, 2)))).toEqual([key]);
  });

  it('chooses files under <data folder>/photos by default and S3 when S3_BUCKET is set', async () => {
    const files = createPhotoStore({ dataDir: folder, s3: null });
    expect(files).toBeInstanceOf(FileObjectStore);
    const key = await files.put(bytes, 'image/jpeg');
    expect(await readdir(path.join(folder, 'photos', key.slice(0, 2)))).toEqual([key]);
    const remote = createPhotoStore({ dataDir: folder, s3: s3.settings });
    expect(remote).toBeInstanceOf(S3ObjectStore);
    (remote as S3ObjectStore).close();
  });
});
