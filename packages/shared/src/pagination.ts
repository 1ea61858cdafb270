/** Every list is paginated; nobody may ask for more than this many rows at once. */
export const PAGE_SIZE_DEFAULT = 25;
export const PAGE_SIZE_MAX = 100;

export function clampPageSize(first: number | null | undefined): number {
  if (first == null) return PAGE_SIZE_DEFAULT;
  return Math.max(1, Math.min(PAGE_SIZE_MAX, Math.trunc(first)));
}
