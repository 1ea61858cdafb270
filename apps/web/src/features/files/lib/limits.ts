import { formatBytes } from '@/lib/files';

export { formatBytes };

/** What may be uploaded for a purpose, as `uploadLimits` describes it, and the checks made before uploading. */
export interface UploadLimits {
  maxBytes: number;
  contentTypes: readonly string[];
  extensions: readonly string[];
}

/** ".pdf" whichever way the API spells it ("pdf", ".PDF"). */
export function normalizeExtension(ext: string): string {
  const e = ext.trim().toLowerCase();
  return e.startsWith('.') ? e : `.${e}`;
}

export function extensionOf(filename: string): string {
  const dot = filename.lastIndexOf('.');
  return dot > 0 ? filename.slice(dot).toLowerCase() : '';
}

/** "PDF, PNG or JPG" from the allowed extensions. */
export function allowedTypesText(limits: UploadLimits): string {
  const names = [...new Set(limits.extensions.map((e) => normalizeExtension(e).slice(1).toUpperCase()))];
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
}

/** The `accept` attribute for the file input: extensions and media types. */
export function acceptAttribute(limits: UploadLimits): string {
  return [...limits.extensions.map(normalizeExtension), ...limits.contentTypes].join(',');
}

/** A message when the file cannot be uploaded, checked before sending a byte; null when it may go. */
export function checkFile(file: { name: string; size: number }, limits: UploadLimits): string | null {
  const allowed = limits.extensions.map(normalizeExtension);
  const ext = extensionOf(file.name);
  if (allowed.length && !allowed.includes(ext)) {
    return `“${file.name}” is not a file type you can upload here. Choose a ${allowedTypesText(limits)} file.`;
  }
  if (file.size > limits.maxBytes) {
    return `“${file.name}” is ${formatBytes(file.size)}; the limit is ${formatBytes(limits.maxBytes)}. Choose a smaller file.`;
  }
  if (file.size === 0) return `“${file.name}” is empty. Choose another file.`;
  return null;
}
