import { FILE_KINDS } from './file-types';
import { contentDisposition, sanitizeFilename } from './filename';

describe('sanitizeFilename', () => {
  it('keeps a reasonable name and gives it the extension of what the file is', () => {
    expect(sanitizeFilename('CT tube arcing.pdf', FILE_KINDS.PDF)).toBe('CT tube arcing.pdf');
    expect(sanitizeFilename('Photo.JPEG', FILE_KINDS.JPEG)).toBe('Photo.JPEG');
    expect(sanitizeFilename('slides.pdf', FILE_KINDS.PNG)).toBe('slides.png');
    expect(sanitizeFilename('scan', FILE_KINDS.PDF)).toBe('scan.pdf');
    expect(sanitizeFilename('v1.2 final', FILE_KINDS.PDF)).toBe('v1.2 final.pdf');
    expect(sanitizeFilename('report.exe', FILE_KINDS.PDF)).toBe('report.exe.pdf');
  });

  it('drops folders, controls, bidi tricks and characters a disk or header would choke on', () => {
    expect(sanitizeFilename('../../etc/passwd', FILE_KINDS.TXT)).toBe('passwd.txt');
    expect(sanitizeFilename('C:\\Users\\me\\notes.pdf', FILE_KINDS.PDF)).toBe('notes.pdf');
    expect(sanitizeFilename('inv\u202Efdp.exe', FILE_KINDS.PDF)).toBe('invfdp.exe.pdf');
    expect(sanitizeFilename('a"b<c>\r\n.pdf', FILE_KINDS.PDF)).toBe('a_b_c_.pdf');
    expect(sanitizeFilename('   ', FILE_KINDS.PDF)).toBe('file.pdf');
    expect(sanitizeFilename('.pdf', FILE_KINDS.PDF)).toBe('pdf.pdf');
  });

  it('caps the length in bytes without splitting a character', () => {
    const name = sanitizeFilename(`${'é'.repeat(300)}.pdf`, FILE_KINDS.PDF);
    expect(Buffer.byteLength(name)).toBeLessThanOrEqual(200);
    expect(name.endsWith('é.pdf')).toBe(true);
  });
});

describe('contentDisposition', () => {
  it('gives an ASCII fallback and the exact name per RFC 5987', () => {
    expect(contentDisposition('attachment', 'Résumé "final" (1).pdf')).toBe(
      `attachment; filename="Resume _final_ (1).pdf"; filename*=UTF-8''R%C3%A9sum%C3%A9%20%22final%22%20%281%29.pdf`,
    );
    expect(contentDisposition('inline', '磁共振.png')).toBe(`inline; filename="___.png"; filename*=UTF-8''%E7%A3%81%E5%85%B1%E6%8C%AF.png`);
  });
});
