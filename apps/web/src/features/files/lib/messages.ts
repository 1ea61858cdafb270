import { formatBytes, allowedTypesText, type UploadLimits } from './limits';
import { UPLOAD_ABORTED, UPLOAD_NETWORK, UploadError } from './upload';

/** What to tell the user when the API refused an upload (or it never arrived). */
export function uploadErrorMessage(error: unknown, limits: UploadLimits | null, filename: string): string {
  if (!(error instanceof UploadError)) return 'The upload failed. Try again in a moment.';
  const { code, status, message } = error;
  if (code === UPLOAD_ABORTED) return 'Upload cancelled.';
  if (code === UPLOAD_NETWORK) return 'The upload did not reach Gantry. Check your connection and try again.';
  if (code === 'FILE_TOO_LARGE' || status === 413) {
    return limits ? `“${filename}” is larger than the ${formatBytes(limits.maxBytes)} limit. Choose a smaller file.` : `“${filename}” is too large to upload here. Choose a smaller file.`;
  }
  if (code === 'FILE_TYPE_NOT_ALLOWED' || status === 415) {
    return limits ? `“${filename}” is not a file type you can upload here. Choose a ${allowedTypesText(limits)} file.` : `“${filename}” is not a file type you can upload here.`;
  }
  if (status === 401 || code === 'UNAUTHENTICATED') return 'Your session has ended. Sign in again, then upload the file.';
  if (status === 403 || code === 'FORBIDDEN') return message || 'You are not allowed to upload files here.';
  if (status === 429 || code === 'RATE_LIMITED') return 'Too many uploads in a short time. Wait a minute and try again.';
  if (status === 400) return message ? `The upload was refused: ${message}` : 'The upload was refused. Choose the file again.';
  return 'The upload failed on the server. Try again in a moment.';
}
