import { randomInt } from 'node:crypto';

/** Crockford's base32: no I, L, O or U, so a code read aloud or typed is hard to get wrong. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const PREFIX = 'GNT';
const GROUPS = 3;
const GROUP = 4;

/** A fresh verification code: 60 random bits as "GNT-" and three groups of four Crockford base32 characters, e.g. GNT-7K3M-Q9TX-4HWR. */
export function newCertificateCode(): string {
  const groups: string[] = [];
  for (let g = 0; g < GROUPS; g++) {
    let s = '';
    for (let i = 0; i < GROUP; i++) s += ALPHABET[randomInt(ALPHABET.length)];
    groups.push(s);
  }
  return [PREFIX, ...groups].join('-');
}

/**
 * The stored form of whatever someone typed: case, spaces, hyphens and the prefix do not
 * matter, and the letters Crockford folds (I and L → 1, O → 0) are folded. Null when it
 * cannot be a code.
 */
export function normalizeCertificateCode(input: string): string | null {
  let s = input.toUpperCase().replace(/[\s\-_.]/g, '');
  if (s.startsWith(PREFIX) && s.length === PREFIX.length + GROUPS * GROUP) s = s.slice(PREFIX.length);
  s = s.replace(/[IL]/g, '1').replace(/O/g, '0');
  if (s.length !== GROUPS * GROUP || [...s].some((c) => !ALPHABET.includes(c))) return null;
  const groups = Array.from({ length: GROUPS }, (_, i) => s.slice(i * GROUP, (i + 1) * GROUP));
  return [PREFIX, ...groups].join('-');
}
