import { FilePurpose } from './stored-file.entity';
import { describeKinds, sniffKind, uploadLimits, Utf8TextCheck } from './file-types';
import { exe, gif, html, jpeg, office, png, tinyPdf, webp, zip } from './testing/fixtures';

const sniff = (purpose: FilePurpose, bytes: Buffer, filename: string, declaredType?: string) =>
  sniffKind(purpose, bytes, { filename, declaredType }).then((r) => r?.name);

describe('sniffKind', () => {
  it('recognises every allowed kind from its bytes, whatever the name says', async () => {
    expect(await sniff(FilePurpose.Material, tinyPdf(), 'notes.pdf')).toBe('PDF');
    expect(await sniff(FilePurpose.Material, png(), 'slides.pdf', 'application/pdf')).toBe('PNG');
    expect(await sniff(FilePurpose.Material, jpeg(), 'x')).toBe('JPEG');
    expect(await sniff(FilePurpose.Material, gif(), 'x.gif')).toBe('GIF');
    expect(await sniff(FilePurpose.Material, webp(), 'x.webp')).toBe('WEBP');
    expect(await sniff(FilePurpose.Material, office('docx'), 'a.docx')).toBe('DOCX');
    expect(await sniff(FilePurpose.Material, office('xlsx'), 'a.xlsx')).toBe('XLSX');
    expect(await sniff(FilePurpose.Material, office('pptx'), 'a.pptx')).toBe('PPTX');
  });

  it('tells an Office file from a zip even when only its start has been read', async () => {
    const big = office('pptx', 400_000);
    expect(await sniff(FilePurpose.Material, big.subarray(0, 64 * 1024), 'deck.pptx')).toBe('PPTX');
  });

  it('refuses what the purpose does not allow, whatever the name or declared type claim', async () => {
    expect(await sniff(FilePurpose.Material, exe(), 'notes.pdf', 'application/pdf')).toBeUndefined();
    expect(await sniff(FilePurpose.Material, html(), 'notes.pdf', 'application/pdf')).toBeUndefined();
    expect(await sniff(FilePurpose.Material, zip([{ name: 'a.txt', data: 'hi' }]), 'slides.pptx')).toBeUndefined();
    // Plain text only for submissions, only as .txt declared text/plain.
    expect(await sniff(FilePurpose.Material, Buffer.from('hello'), 'a.txt', 'text/plain')).toBeUndefined();
    expect(await sniff(FilePurpose.Submission, Buffer.from('hello'), 'a.txt', 'text/plain')).toBe('TXT');
    expect(await sniff(FilePurpose.Submission, Buffer.from('hello'), 'a.txt', 'text/plain; charset=utf-8')).toBe('TXT');
    expect(await sniff(FilePurpose.Submission, Buffer.from('hello'), 'a.html', 'text/plain')).toBeUndefined();
    expect(await sniff(FilePurpose.Submission, Buffer.from('hello'), 'a.txt', 'text/html')).toBeUndefined();
    // A .txt that is really something else is what it is.
    expect(await sniff(FilePurpose.Submission, exe(), 'a.txt', 'text/plain')).toBeUndefined();
    expect(await sniff(FilePurpose.Submission, tinyPdf(), 'a.txt', 'text/plain')).toBe('PDF');
  });

  it('describes the allow-list in one place', () => {
    expect(describeKinds(FilePurpose.Material)).toBe('a PDF, PNG, JPEG, GIF, WebP, PowerPoint (.pptx), Word (.docx) or Excel (.xlsx) file');
    const m = uploadLimits(FilePurpose.Material, 10);
    const s = uploadLimits(FilePurpose.Submission, 10);
    expect(m.extensions).toEqual(['.pdf', '.png', '.jpg', '.jpeg', '.gif', '.webp', '.pptx', '.docx', '.xlsx']);
    expect(m.contentTypes).toContain('application/pdf');
    expect(m.contentTypes).not.toContain('text/plain');
    expect(s.contentTypes).toContain('text/plain');
    expect(s.extensions).toContain('.txt');
  });
});

describe('Utf8TextCheck', () => {
  const check = (...chunks: Buffer[]) => {
    const c = new Utf8TextCheck();
    for (const ch of chunks) c.push(ch);
    c.end();
  };

  it('accepts UTF-8 split anywhere, and refuses NULs, bad bytes and a cut-off character', () => {
    const text = Buffer.from('Gradient coil — 5 µT ✓', 'utf8');
    const cut = text.indexOf(0xe2) + 1; // inside the em dash
    expect(() => check(text.subarray(0, cut), text.subarray(cut))).not.toThrow();
    expect(() => check(Buffer.from('a\0b'))).toThrow();
    expect(() => check(Buffer.from([0x61, 0xff, 0x62]))).toThrow();
    expect(() => check(text.subarray(0, cut))).toThrow();
  });
});
