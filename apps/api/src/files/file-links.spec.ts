import { randomBytes } from 'node:crypto';
import { FileLinkSigner } from './file-links';
import { parseRange } from './files.controller';

describe('FileLinkSigner', () => {
  const id = '5b0c8a8e-4a8e-4b8e-9a8e-0a8e4a8e4a8e';
  const signer = new FileLinkSigner(randomBytes(32));
  const now = 1_800_000_000;

  it('accepts its own signature until it expires', () => {
    const sig = signer.sign(id, now + 600, 'inline');
    expect(signer.verify(id, String(now + 600), 'inline', sig, now)).toBe('ok');
    expect(signer.verify(id, String(now + 600), 'inline', sig, now + 600)).toBe('expired');
  });

  it('refuses anything changed: id, expiry, disposition, signature, key', () => {
    const sig = signer.sign(id, now + 600, 'inline');
    expect(signer.verify(id.replace('5b', '6b'), String(now + 600), 'inline', sig, now)).toBe('invalid');
    expect(signer.verify(id, String(now + 6000), 'inline', sig, now)).toBe('invalid');
    expect(signer.verify(id, String(now + 600), 'attachment', sig, now)).toBe('invalid');
    expect(signer.verify(id, String(now + 600), 'inline', sig.slice(0, -1) + (sig.endsWith('A') ? 'B' : 'A'), now)).toBe('invalid');
    expect(signer.verify(id, String(now + 600), 'inline', new FileLinkSigner(randomBytes(32)).sign(id, now + 600, 'inline'), now)).toBe('invalid');
    expect(signer.verify(id, undefined, 'inline', sig, now)).toBe('invalid');
    expect(signer.verify(id, '1e9', 'inline', sig, now)).toBe('invalid');
    expect(signer.verify(id, String(now + 600), 'inline', 'short', now)).toBe('invalid');
  });
});

describe('parseRange', () => {
  const etag = '"abc"';
  it('reads one byte range, clamps its end, and falls back to the whole file otherwise', () => {
    expect(parseRange('bytes=0-99', 1000, undefined, etag)).toEqual({ start: 0, end: 99 });
    expect(parseRange('bytes=900-', 1000, undefined, etag)).toEqual({ start: 900, end: 999 });
    expect(parseRange('bytes=-100', 1000, undefined, etag)).toEqual({ start: 900, end: 999 });
    expect(parseRange('bytes=990-5000', 1000, undefined, etag)).toEqual({ start: 990, end: 999 });
    expect(parseRange('bytes=1000-', 1000, undefined, etag)).toBe('unsatisfiable');
    expect(parseRange('bytes=0-1,5-6', 1000, undefined, etag)).toBeNull();
    expect(parseRange('items=0-1', 1000, undefined, etag)).toBeNull();
    expect(parseRange('bytes=0-1', 1000, '"other"', etag)).toBeNull();
    expect(parseRange(undefined, 1000, undefined, etag)).toBeNull();
  });
});
