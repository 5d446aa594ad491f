/**
 * Where an attachment (an image, a PDF, any file a note links to that is not a note) is
 * published: at its path in the notes folder, under `/attachments/`. A kept path stays readable
 * and never collides; each segment is percent-encoded, so any file name makes a valid url.
 */
const IMAGE = /\.(?:png|jpe?g|gif|webp|avif|svg|bmp|ico)$/i;

export const ATTACHMENTS_FOLDER = 'attachments';

export function attachmentUrl(path: string): string {
  return `/${ATTACHMENTS_FOLDER}/${path.split('/').map(encodeURIComponent).join('/')}`;
}

export function isImagePath(path: string): boolean {
  return IMAGE.test(path);
}
