import { runtimeTimeZone } from '@gantry/shared';
import { Loading } from '@/components/Feedback';
import { MockExamScreen } from '@/features/practice/components/MockExamScreen';
import { useViewer } from '@/lib/viewer';

/** The mock exam: what it is, Start or Resume, and the student's earlier attempts. */
export function Component() {
  const { viewer } = useViewer();
  if (!viewer) return <Loading />;
  return <MockExamScreen viewerZone={viewer.timeZone ?? runtimeTimeZone()} />;
}
