import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type { CertificateEntity } from './certificate.entity';
import type { CertificateVerificationData } from './certificates.service';

@ObjectType('Certificate', { description: 'A certificate of attendance: a snapshot taken when it was issued.' })
export class CertificateModel {
  @Field(() => ID) id!: string;
  @Field({ description: 'Verification code: GNT- and three groups of four Crockford base32 characters, e.g. GNT-7K3M-Q9TX-4HWR.' }) code!: string;
  @Field(() => ID) cohortId!: string;
  @Field() cohortName!: string;
  @Field() chapterName!: string;
  @Field() studentName!: string;
  @Field(() => [String], { description: 'Lead mentor first.' }) mentorNames!: string[];
  @Field({ description: 'Date of the first session (YYYY-MM-DD, the cohort’s zone).' }) firstSessionOn!: string;
  @Field({ description: 'Date of the last session (YYYY-MM-DD, the cohort’s zone).' }) lastSessionOn!: string;
  @Field(() => Int, { description: 'Attended minutes, each session capped at its length.' }) minutes!: number;
  @Field(() => Float, { description: 'Contact hours (minutes / 60, two decimals).' }) hours!: number;
  @Field() issuedAt!: Date;
  @Field(() => Date, { nullable: true }) revokedAt!: Date | null;
  @Field(() => String, { nullable: true }) revokeReason!: string | null;
  @Field(() => ID, { nullable: true, description: 'The certificate this one replaced (a reissue).' }) replacesId!: string | null;
  @Field({ description: 'The PDF download (path on this site).' }) pdfUrl!: string;
  @Field({ description: 'The public verification page for the code.' }) verifyUrl!: string;
}

export function toCertificate(e: CertificateEntity, publicUrl: string): CertificateModel {
  return {
    id: e.id,
    code: e.code,
    cohortId: e.cohortId,
    cohortName: e.cohortName,
    chapterName: e.chapterName,
    studentName: e.studentName,
    mentorNames: e.mentorNames,
    firstSessionOn: e.firstSessionOn,
    lastSessionOn: e.lastSessionOn,
    minutes: e.minutes,
    hours: e.hours,
    issuedAt: e.issuedAt,
    revokedAt: e.revokedAt,
    revokeReason: e.revokeReason,
    replacesId: e.replacesId,
    pdfUrl: `/exports/certificates/${e.id}.pdf`,
    verifyUrl: `${publicUrl}/verify/${encodeURIComponent(e.code)}`,
  };
}

@ObjectType('CertificateVerification', { description: 'What the public page shows for a code.' })
export class CertificateVerificationModel {
  @Field() code!: string;
  @Field({ description: 'True when the certificate is in force (not revoked).' }) valid!: boolean;
  @Field() revoked!: boolean;
  @Field(() => Date, { nullable: true }) revokedAt!: Date | null;
  @Field() studentName!: string;
  @Field() cohortName!: string;
  @Field() chapterName!: string;
  @Field(() => Float) hours!: number;
  @Field() firstSessionOn!: string;
  @Field() lastSessionOn!: string;
  @Field() issuedAt!: Date;
}

export function toVerification({ certificate: c, valid }: CertificateVerificationData): CertificateVerificationModel {
  return {
    code: c.code,
    valid,
    revoked: !!c.revokedAt,
    revokedAt: c.revokedAt,
    studentName: c.studentName,
    cohortName: c.cohortName,
    chapterName: c.chapterName,
    hours: c.hours,
    firstSessionOn: c.firstSessionOn,
    lastSessionOn: c.lastSessionOn,
    issuedAt: c.issuedAt,
  };
}
