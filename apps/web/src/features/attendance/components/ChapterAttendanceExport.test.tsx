import { screen } from '@testing-library/react';
import { ChapterAttendanceExportDocument } from '@/gql/graphql';
import { QueryAnswered, renderAt } from '@/testing/render';
import { ChapterAttendanceExport } from './ChapterAttendanceExport';

function viewer(memberships: { chapterId: string; role: 'CHAPTER_ADMIN' | 'MENTOR' }[], isPlatformAdmin = false) {
  return {
    request: { query: ChapterAttendanceExportDocument },
    result: {
      data: {
        viewer: { __typename: 'Me', id: 'user-9', isPlatformAdmin, memberships: memberships.map((m, i) => ({ __typename: 'ChapterMembership', id: `m-${i}`, ...m })) },
      },
    },
  };
}

describe('chapter attendance export', () => {
  it('offers the chapter’s attendance CSV to its admins', async () => {
    renderAt('/chapters/cabmet', <ChapterAttendanceExport chapterId="chapter-1" chapterName="CABMET" />, [viewer([{ chapterId: 'chapter-1', role: 'CHAPTER_ADMIN' }])]);
    const link = await screen.findByRole('link', { name: 'Download attendance CSV' });
    expect(link).toHaveAttribute('href', '/exports/chapters/chapter-1/attendance.csv');
    expect(link).toHaveAttribute('download');
  });

  it('shows nothing to a mentor of the chapter or an admin of another', async () => {
    renderAt(
      '/chapters/cabmet',
      <>
        <ChapterAttendanceExport chapterId="chapter-1" chapterName="CABMET" />
        <QueryAnswered query={ChapterAttendanceExportDocument} />
      </>,
      [
        viewer([
          { chapterId: 'chapter-1', role: 'MENTOR' },
          { chapterId: 'chapter-2', role: 'CHAPTER_ADMIN' },
        ]),
      ],
    );
    // Checked once the answer has arrived (a fixed pause proves nothing on a slow machine).
    await screen.findByText('Query answered');
    expect(screen.queryByRole('link', { name: 'Download attendance CSV' })).not.toBeInTheDocument();
  });
});
