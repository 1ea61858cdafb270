import { extensionOf, FILE_KINDS, type FileKind } from './file-types';

const KNOWN_EXTENSIONS = new Set<string>(Object.values(FILE_KINDS).flatMap((k) => [...k.extensions]));

const MAX_NAME_BYTES = 200;

/**
 * A name fit to show and to offer in Content-Disposition: no folders, no control or
 * bidi-override characters, none of the characters Windows forbids, NFC, at most 200
 * bytes of UTF-8 (keeping the extension), and the extension of what the file really is
 * (a PNG uploaded as "notes.pdf" becomes "notes.png", "scan" becomes "scan.pdf").
 */
export function sanitizeFilename(raw: string, kind: FileKind): string {
  let name = (raw ?? '').normalize('NFC');
  name = name.split(/[/\\]/).pop() ?? '';
  name = name
    // C0/C1 controls, bidi overrides and isolates, zero-width and BOM characters
    // eslint-disable-next-line no-control-regex -- removing control characters is the point
    .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, '')
    .replace(/[<>:"|?*]/g, '_')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+|[.\s]+$/g, '');
  const ext = extensionOf(name);
  const finalExt = kind.extensions.includes(ext) ? name.slice(-ext.length) : kind.extensions[0];
  // "notes.pdf" that is a PNG → "notes.png"; "v1.2 final" → "v1.2 final.pdf"
  let stem = ext && KNOWN_EXTENSIONS.has(ext) ? name.slice(0, -(ext.length + 1)) : name;
  stem = truncateUtf8(stem.trim(), MAX_NAME_BYTES - finalExt.length - 1).trim() || 'file';
  return `${stem}.${finalExt}`;
}

function truncateUtf8(s: string, maxBytes: number): string {
  if (Buffer.byteLength(s, 'utf8') <= maxBytes) return s;
  let out = '';
  for (const ch of s) {
    if (Buffer.byteLength(out + ch, 'utf8') > maxBytes) break;
    out += ch;
  }
  return out;
}

/**
 * `inline` or `attachment` with an ASCII fallback `filename` and the exact name as an
 * RFC 5987 `filename*` (RFC 6266), so any name is safe in the header.
 */
export function contentDisposition(disposition: 'inline' | 'attachment', filename: string): string {
  const ascii = filename
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/["\\%]/g, '_');
  const encoded = encodeURIComponent(filename).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${disposition}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
