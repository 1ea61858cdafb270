import { FilePurpose } from './stored-file.entity';

export const FilePreview = { Pdf: 'PDF', Image: 'IMAGE', None: 'NONE' } as const;
export type FilePreview = (typeof FilePreview)[keyof typeof FilePreview];

export interface FileKind {
  /** Shown in messages: "Upload a PDF, PNG, …". */
  label: string;
  /** The content type we store and serve (the sniffed one, never the browser's claim). */
  mime: string;
  /** Other types `file-type` reports for the same kind (e.g. an animated PNG). */
  alsoSniffedAs?: readonly string[];
  /** Lower case, without the dot; the first is the one we give a file whose name lies. */
  extensions: readonly string[];
  preview: FilePreview;
  /** No magic bytes: accepted only when declared, named and checked as such (plain text). */
  unsniffable?: true;
}

/** Every kind of file Gantry accepts, for any purpose. */
export const FILE_KINDS = {
  PDF: { label: 'PDF', mime: 'application/pdf', extensions: ['pdf'], preview: FilePreview.Pdf },
  PNG: { label: 'PNG', mime: 'image/png', alsoSniffedAs: ['image/apng'], extensions: ['png'], preview: FilePreview.Image },
  JPEG: { label: 'JPEG', mime: 'image/jpeg', extensions: ['jpg', 'jpeg'], preview: FilePreview.Image },
  GIF: { label: 'GIF', mime: 'image/gif', extensions: ['gif'], preview: FilePreview.Image },
  WEBP: { label: 'WebP', mime: 'image/webp', extensions: ['webp'], preview: FilePreview.Image },
  PPTX: { label: 'PowerPoint (.pptx)', mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', extensions: ['pptx'], preview: FilePreview.None },
  DOCX: { label: 'Word (.docx)', mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extensions: ['docx'], preview: FilePreview.None },
  XLSX: { label: 'Excel (.xlsx)', mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extensions: ['xlsx'], preview: FilePreview.None },
  TXT: { label: 'plain text (.txt)', mime: 'text/plain', extensions: ['txt'], preview: FilePreview.None, unsniffable: true },
} as const satisfies Record<string, FileKind>;
export type FileKindName = keyof typeof FILE_KINDS;

const MATERIAL_KINDS: readonly FileKindName[] = ['PDF', 'PNG', 'JPEG', 'GIF', 'WEBP', 'PPTX', 'DOCX', 'XLSX'];

/** The one allow-list: what may be uploaded for each purpose. */
export const ALLOWED_KINDS: Record<FilePurpose, readonly FileKindName[]> = {
  [FilePurpose.Material]: MATERIAL_KINDS,
  [FilePurpose.Submission]: [...MATERIAL_KINDS, 'TXT'],
};

export function allowedKinds(purpose: FilePurpose): FileKind[] {
  return ALLOWED_KINDS[purpose].map((k) => FILE_KINDS[k]);
}

/** What the upload form shows before anyone picks a file. */
export function uploadLimits(purpose: FilePurpose, maxBytes: number): { maxBytes: number; contentTypes: string[]; extensions: string[] } {
  const kinds = allowedKinds(purpose);
  return {
    maxBytes,
    contentTypes: kinds.map((k) => k.mime),
    extensions: kinds.flatMap((k) => k.extensions.map((e) => `.${e}`)),
  };
}

/** "a PDF, PNG, JPEG, GIF, WebP, PowerPoint (.pptx), Word (.docx) or Excel (.xlsx) file" */
export function describeKinds(purpose: FilePurpose): string {
  const labels = allowedKinds(purpose).map((k) => k.label);
  const list = labels.length > 1 ? `${labels.slice(0, -1).join(', ')} or ${labels.at(-1)}` : labels[0];
  return `a ${list} file`;
}

export function formatMegabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
}

export function kindOfStored(contentType: string): FileKind | undefined {
  const base = contentType.split(';')[0].trim().toLowerCase();
  return Object.values(FILE_KINDS).find((k) => k.mime === base);
}

export function previewOf(contentType: string): FilePreview {
  return kindOfStored(contentType)?.preview ?? FilePreview.None;
}

/**
 * Decides a file's kind from its first bytes (magic numbers, via `file-type`), never from
 * its name or the type the browser declared. Returns undefined when the kind is not
 * allowed for the purpose. Plain text has no magic number: it is considered only when
 * the name ends in .txt and the browser declared text/plain; the caller must then check
 * every byte is UTF-8 without NULs (see `Utf8TextCheck`).
 */
export async function sniffKind(
  purpose: FilePurpose,
  head: Uint8Array,
  claim: { filename: string; declaredType?: string },
): Promise<{ name: FileKindName; kind: FileKind } | undefined> {
  // file-type is ESM-only: a real dynamic import in the build (tsc's node20 output keeps it);
  // under Jest, swc makes it a require of the transformed package (see jest.config.js).
  const { fileTypeFromBuffer } = await import('file-type');
  const sniffed = await fileTypeFromBuffer(head);
  const allowed = ALLOWED_KINDS[purpose];
  if (sniffed) {
    const name = allowed.find((n) => {
      const k: FileKind = FILE_KINDS[n];
      return !k.unsniffable && (k.mime === sniffed.mime || k.alsoSniffedAs?.includes(sniffed.mime));
    });
    return name ? { name, kind: FILE_KINDS[name] } : undefined;
  }
  const declared = (claim.declaredType ?? '').split(';')[0].trim().toLowerCase();
  const ext = extensionOf(claim.filename);
  const text = allowed.find((n) => {
    const k: FileKind = FILE_KINDS[n];
    return k.unsniffable && k.mime === declared && k.extensions.includes(ext);
  });
  return text ? { name: text, kind: FILE_KINDS[text] } : undefined;
}

export function extensionOf(filename: string): string {
  const m = /\.([A-Za-z0-9]{1,10})$/.exec(filename);
  return m ? m[1].toLowerCase() : '';
}

/**
 * Streaming check that text is UTF-8 without NUL bytes: feed every chunk, then call
 * `end()`. Throws on the first bad byte (without holding the text in memory).
 */
export class Utf8TextCheck {
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });

  push(chunk: Uint8Array): void {
    if (chunk.includes(0)) throw new Error('NUL byte');
    this.decoder.decode(chunk, { stream: true });
  }

  end(): void {
    this.decoder.decode();
  }
}
