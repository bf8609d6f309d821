import { Field, ID, Int, ObjectType } from 'type-graphql';

/** The path the SPA loads a photo from (served only through the subject's policy, each serve audited). */
export const photoPath = (id: string) => `/api/photos/${id}`;
export const thumbnailPath = (id: string) => `/api/photos/${id}/thumbnail`;

@ObjectType({
  description:
    'A photo attached to a record (a hazard, a rectification, ...): re-encoded, without EXIF or GPS. Its URLs answer only to those who may read the record, and each load is audited.',
})
export class Photo {
  @Field(() => ID, { description: 'Stable identifier (what a command’s `photoIds` takes).' })
  id: string;

  @Field({ description: 'The photo (JPEG, at most 2560 px on its longest side), at this origin.' })
  url: string;

  @Field({ description: 'Its thumbnail (JPEG, at most 320 px on its longest side), for lists.' })
  thumbnailUrl: string;

  @Field(() => Int, { description: 'Width of the photo at `url`, in pixels.' })
  width: number;

  @Field(() => Int, { description: 'Height of the photo at `url`, in pixels.' })
  height: number;
}

/** The API object of a stored photo. */
export function toPhoto(row: { id: string; width: number; height: number }): Photo {
  return Object.assign(new Photo(), {
    id: row.id,
    url: photoPath(row.id),
    thumbnailUrl: thumbnailPath(row.id),
    width: row.width,
    height: row.height,
  });
}
