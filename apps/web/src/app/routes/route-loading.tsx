import { Loading } from '@/components/Feedback';

/** Shown while the first page's code loads (lazy routes on a cold start). */
export function RouteLoading() {
  return <Loading label="Loading Gantry…" />;
}
