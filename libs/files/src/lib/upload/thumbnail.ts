import sharp from 'sharp';
import { FileRefusal } from './file-refusal';
import { FILE_MESSAGES, MAX_THUMBNAIL_SOURCE_PIXELS, THUMBNAIL_WIDTH } from './file-limits';

/**
 * Writes a THUMBNAIL_WIDTH-wide WebP of the image at `source` to `target` (first frame of a GIF,
 * EXIF orientation applied, no metadata kept). Returns false for an image too large to decode
 * within the pixel budget; an image that cannot be read at all is refused.
 */
export async function writeThumbnail(source: string, target: string): Promise<boolean> {
  let pixels: number;
  try {
    const { width = 0, height = 0 } = await sharp(source).metadata();
    pixels = width * height;
  } catch {
    throw new FileRefusal(400, FILE_MESSAGES.brokenImage);
  }
  if (pixels === 0) throw new FileRefusal(400, FILE_MESSAGES.brokenImage);
  if (pixels > MAX_THUMBNAIL_SOURCE_PIXELS) return false;
  try {
    // failOn 'error': phone photos often carry harmless warnings that must not refuse them.
    await sharp(source, { failOn: 'error', limitInputPixels: MAX_THUMBNAIL_SOURCE_PIXELS })
      .rotate()
      .resize({ width: THUMBNAIL_WIDTH, withoutEnlargement: true })
      .webp({ quality: 75 })
      .toFile(target);
  } catch {
    throw new FileRefusal(400, FILE_MESSAGES.brokenImage);
  }
  return true;
}
