import path from 'node:path';
import type { ApiConfig } from '../../config';
import { FileObjectStore } from './file-object-store';
import type { ObjectStore } from './object-store';
import { S3ObjectStore } from './s3-object-store';

/** The photo store the settings choose: S3 when S3_BUCKET is set, else files under `<data folder>/photos`. */
export function createPhotoStore(config: Pick<ApiConfig, 'dataDir' | 's3'>): ObjectStore {
  return config.s3 ? new S3ObjectStore(config.s3) : new FileObjectStore(path.join(config.dataDir, 'photos'));
}
