import { fileTypeFromBuffer } from 'file-type/core';
import sharp from 'sharp';

/** The largest upload taken (a phone's camera JPEG is 2-6 MB). */
export const MAX_PHOTO_BYTES = 10 * 1024 * 1024;
/** Decoded size bound: a small PNG can claim a huge canvas (a decompression bomb). 50 megapixels. */
export const MAX_PHOTO_PIXELS = 50_000_000;
/** The stored photo's longest side: enough to read a label on a fire extinguisher, far less than a camera's. */
export const PHOTO_MAX_SIDE = 2560;
/** The thumbnail's longest side, for lists and strips. */
export const THUMBNAIL_SIDE = 320;
/**
 * Types taken, recognised by their bytes (never the name or the declared type). HEIC is not among them: the
 * prebuilt sharp (libheif without an HEVC decoder) reads AVIF but not HEIC; phones' browsers convert HEIC
 * camera pictures to JPEG when a page asks for `image/*`.
 */
export const ACCEPTED_PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;

/** Why an upload was refused; the web names each in zh-CN and en (photos.i18n.ts). */
export type PhotoRefusal = 'PHOTO_TOO_LARGE' | 'PHOTO_NOT_AN_IMAGE' | 'PHOTO_UNREADABLE';

/** The Chinese message each refusal answers with (the REST answer's `message`; the web has its own texts). */
export const PHOTO_REFUSAL_MESSAGES: Record<PhotoRefusal, string> = {
  PHOTO_TOO_LARGE: `照片不能超过 ${MAX_PHOTO_BYTES / 1024 / 1024} MB`,
  PHOTO_NOT_AN_IMAGE: '只能上传 JPEG、PNG 或 WebP 格式的照片',
  PHOTO_UNREADABLE: '照片已损坏或尺寸过大，无法读取',
};

export interface EncodedImage {
  bytes: Buffer;
  width: number;
  height: number;
}

export interface ProcessedPhoto {
  /** Of the stored bytes: always JPEG. */
  mime: 'image/jpeg';
  photo: EncodedImage;
  thumbnail: EncodedImage;
}

/**
 * Checks an upload by its bytes and re-encodes it: turned upright by its EXIF orientation, then written
 * anew as JPEG without any metadata (EXIF with GPS, XMP, IPTC, ICC comments: sharp keeps none unless asked),
 * at most PHOTO_MAX_SIDE, with a THUMBNAIL_SIDE thumbnail. Nothing of the uploaded file is served as sent.
 */
export async function processPhoto(upload: Buffer): Promise<ProcessedPhoto | PhotoRefusal> {
  if (upload.length > MAX_PHOTO_BYTES) return 'PHOTO_TOO_LARGE';
  const detected = await fileTypeFromBuffer(upload);
  if (!detected || !(ACCEPTED_PHOTO_TYPES as readonly string[]).includes(detected.mime)) {
    return 'PHOTO_NOT_AN_IMAGE';
  }
  try {
    const photo = await encode(upload, PHOTO_MAX_SIDE, 85);
    const thumbnail = await encode(photo.bytes, THUMBNAIL_SIDE, 75);
    return { mime: 'image/jpeg', photo, thumbnail };
  } catch {
    // libvips' own words may quote the file; the refusal says only that it could not be read.
    return 'PHOTO_UNREADABLE';
  }
}

async function encode(input: Buffer, side: number, quality: number): Promise<EncodedImage> {
  const { data, info } = await sharp(input, { limitInputPixels: MAX_PHOTO_PIXELS, failOn: 'error' })
    .autoOrient()
    .resize({ width: side, height: side, fit: 'inside', withoutEnlargement: true })
    // A transparent PNG becomes white, not black, as JPEG has no alpha.
    .flatten({ background: '#ffffff' })
    .jpeg({ quality, mozjpeg: true })
    .toBuffer({ resolveWithObject: true });
  return { bytes: data, width: info.width, height: info.height };
}
