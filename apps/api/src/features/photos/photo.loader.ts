import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { photosOfSubjects, type PhotoSubjectType } from './photo-attachments';
import type { Photo } from './photo.type';

/** A record's photos, asked for by its type and id. */
export interface PhotoSubjectKey {
  type: PhotoSubjectType;
  id: string;
}

/**
 * The photos of the records one request resolves, one statement per subject type (a hazard list's cards).
 * No access check: the field resolver's parent is a record the viewer already reads.
 */
export function createPhotoLoader(dataSource: DataSource): DataLoader<PhotoSubjectKey, Photo[], string> {
  return new DataLoader(
    async (keys) => {
      const byType = new Map<PhotoSubjectType, string[]>();
      for (const key of keys) byType.set(key.type, [...(byType.get(key.type) ?? []), key.id]);
      const found = new Map<string, Photo[]>();
      for (const [type, ids] of byType) {
        const photos = await photosOfSubjects(dataSource.manager, type, [...new Set(ids)]);
        for (const [id, list] of photos) found.set(`${type}:${id}`, list);
      }
      return keys.map((key) => found.get(`${key.type}:${key.id}`) ?? []);
    },
    { cacheKeyFn: (key) => `${key.type}:${key.id}` },
  );
}
