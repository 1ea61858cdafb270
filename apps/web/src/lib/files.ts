/** "840 bytes", "12.5 KB", "3.2 MB" (1 KB = 1024 bytes, as file managers count). */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} byte${n === 1 ? '' : 's'}`;
  const units = ['KB', 'MB', 'GB'];
  let v = n / 1024;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  const text = v >= 100 || Number.isInteger(v) ? Math.round(v).toString() : v.toFixed(1).replace(/\.0$/, '');
  return `${text} ${units[i]}`;
}

/**
 * A chosen file's text as UTF-8, without a byte-order mark (spreadsheet exports carry
 * one). FileReader rather than `File.text()`, which jsdom and older browsers lack.
 */
export function readFileText(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? '').replace(/^\uFEFF/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsText(file, 'utf-8');
  });
}
