import { useParams, useSearchParams } from 'react-router';
import { runtimeTimeZone } from '@gantry/shared';
import { Loading } from '@/components/Feedback';
import { AttemptScreen } from '@/features/practice/components/AttemptScreen';
import { useViewer } from '@/lib/viewer';

/** One attempt: a question at a time, the review screen (`?review=1`), or the result. */
export function Component() {
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const { viewer } = useViewer();
  if (!viewer) return <Loading />;
  return <AttemptScreen key={id} id={id} review={params.get('review') === '1'} viewerZone={viewer.timeZone ?? runtimeTimeZone()} />;
}
