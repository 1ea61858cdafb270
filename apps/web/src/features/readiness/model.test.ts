import { BANDS, bandOf, formatCorrect, formatPercent, joinNames, NO_DATA } from './model';

/** WCAG 2 relative luminance and contrast ratio of two #rrggbb colours. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('readiness model', () => {
  it('puts every percent in one band, and nothing in a band without answers', () => {
    expect(bandOf(0)?.label).toBe('Under 50 %');
    expect(bandOf(49)?.label).toBe('Under 50 %');
    expect(bandOf(50)?.label).toBe('50–69 %');
    expect(bandOf(69)?.label).toBe('50–69 %');
    expect(bandOf(70)?.label).toBe('70–84 %');
    expect(bandOf(84)?.label).toBe('70–84 %');
    expect(bandOf(85)?.label).toBe('85 % and up');
    expect(bandOf(100)?.label).toBe('85 % and up');
    expect(bandOf(null)).toBeNull();
    expect(bandOf(undefined)).toBeNull();
  });

  it('keeps text on every cell colour at WCAG AA contrast (4.5:1) or better', () => {
    for (const b of [...BANDS, NO_DATA]) expect(contrast(b.color, b.background), b.label).toBeGreaterThanOrEqual(4.5);
    // The bands also differ in lightness, so they read without hue.
    const l = BANDS.map((b) => luminance(b.background));
    expect(new Set(l.map((x) => x.toFixed(2))).size).toBe(BANDS.length);
  });

  it('formats percents and counts', () => {
    expect(formatPercent(72)).toBe('72 %');
    expect(formatPercent(0)).toBe('0 %');
    expect(formatPercent(null)).toBe('—');
    expect(formatCorrect(5, 7)).toBe('5 of 7 correct');
    expect(formatCorrect(0, 0)).toBe('No answers yet');
  });

  it('joins names as prose', () => {
    expect(joinNames([])).toBe('');
    expect(joinNames(['Safety'])).toBe('Safety');
    expect(joinNames(['Safety', 'Networking'])).toBe('Safety and Networking');
    expect(joinNames(['Safety', 'Networking', 'Patient care'])).toBe('Safety, Networking and Patient care');
    expect(joinNames(['Imaging equipment', 'Electricity, electronics and power', 'IT and security'])).toBe('Imaging equipment; Electricity, electronics and power; IT and security');
  });
});
