import PDFDocument from 'pdfkit';
import { formatLocalDate, inZone } from '@gantry/shared';
import type { CertificateEntity } from './certificate.entity';

const REGULAR = 'Body';
const BOLD = 'Body-Bold';
/** TrueType files from the dejavu-fonts-ttf package (free licence; Latin, Greek, Cyrillic, Vietnamese). */
const FONT_FILES = {
  regular: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
  bold: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
};

export function formatHours(hours: number): string {
  return Number.isInteger(hours) ? String(hours) : hours.toFixed(2).replace(/0$/, '');
}

/** Names joined the way people read them: "A", "A and B", "A, B and C". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/**
 * The certificate of attendance as a one-page landscape PDF: student, cohort, chapter,
 * mentors, dates, contact hours, and the verification code with the page that checks it.
 * Set in DejaVu Sans (embedded), so names outside Latin-1 — Nguyễn, Łukasz, Đorđe — print
 * as written; the issue date is the day in the cohort's zone. A revoked certificate says
 * so across the page.
 */
export function renderCertificatePdf(c: CertificateEntity, verifyUrl: string, zone: string): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'LETTER',
    layout: 'landscape',
    margin: 54,
    info: { Title: `Certificate of attendance — ${c.studentName}`, Author: 'Gantry', Subject: c.cohortName, CreationDate: c.issuedAt },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (b: Buffer) => chunks.push(b));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  doc.registerFont(REGULAR, FONT_FILES.regular);
  doc.registerFont(BOLD, FONT_FILES.bold);
  const { width, height } = doc.page;
  const inner = width - 108;
  doc.lineWidth(3).strokeColor('#1c4e80').rect(27, 27, width - 54, height - 54).stroke();
  doc.lineWidth(0.75).rect(36, 36, width - 72, height - 72).stroke();

  doc.fillColor('#1c4e80').font(BOLD).fontSize(30).text('Certificate of Attendance', 54, 78, { width: inner, align: 'center' });
  doc.moveDown(0.8).fillColor('#333333').font(REGULAR).fontSize(13).text('This certifies that', { width: inner, align: 'center' });
  doc.moveDown(0.4).fillColor('#000000').font(BOLD).fontSize(26).text(c.studentName, { width: inner, align: 'center' });
  doc.moveDown(0.4).fillColor('#333333').font(REGULAR).fontSize(13).text('attended the CRES study group', { width: inner, align: 'center' });
  doc.moveDown(0.3).fillColor('#000000').font(BOLD).fontSize(18).text(c.cohortName, { width: inner, align: 'center' });
  doc.moveDown(0.3).fillColor('#333333').font(REGULAR).fontSize(13).text(`hosted by ${c.chapterName}`, { width: inner, align: 'center' });
  const dates = c.firstSessionOn === c.lastSessionOn ? `on ${formatLocalDate(c.firstSessionOn)}` : `from ${formatLocalDate(c.firstSessionOn)} to ${formatLocalDate(c.lastSessionOn)}`;
  doc.moveDown(0.3).text(dates, { width: inner, align: 'center' });
  doc.moveDown(0.9).fillColor('#000000').font(BOLD).fontSize(16).text(`Contact hours: ${formatHours(c.hours)}`, { width: inner, align: 'center' });
  if (c.mentorNames.length) {
    doc.moveDown(0.6).fillColor('#333333').font(REGULAR).fontSize(12).text(`${c.mentorNames.length === 1 ? 'Mentor' : 'Mentors'}: ${joinNames(c.mentorNames)}`, { width: inner, align: 'center' });
  }

  doc.font(REGULAR).fontSize(10).fillColor('#333333');
  doc.text(`Issued ${formatLocalDate(inZone(c.issuedAt, zone).toISODate()!)}`, 54, height - 118, { width: inner, align: 'center' });
  doc.font(BOLD).fontSize(12).fillColor('#000000').text(`Verification code: ${c.code}`, { width: inner, align: 'center' });
  doc.font(REGULAR).fontSize(10).fillColor('#1c4e80').text(`Verify at ${verifyUrl}`, { width: inner, align: 'center', link: verifyUrl });

  if (c.revokedAt) {
    doc.save().rotate(-20, { origin: [width / 2, height / 2] }).fillColor('#b00020').opacity(0.35).font(BOLD).fontSize(96);
    doc.text('REVOKED', 0, height / 2 - 48, { width, align: 'center' });
    doc.restore();
  }
  doc.end();
  return done;
}
