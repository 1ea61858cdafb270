import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { makeFragmentData } from '@/gql';
import { renderUi } from '@/testing/render';
import { FilePreview, FilePreviewFragment, LINK_FRESH_MS } from './FilePreview';

function file(overrides: Record<string, unknown> = {}) {
  return makeFragmentData(
    {
      __typename: 'StoredFile',
      id: 'file-1',
      filename: 'quench-slides.pdf',
      contentType: 'application/pdf',
      sizeBytes: 245_760,
      preview: 'PDF',
      url: '/files/file-1/content?exp=1&sig=old',
      downloadUrl: '/files/file-1/content?exp=1&sig=old&dl=1',
      ...overrides,
    } as never,
    FilePreviewFragment,
  );
}

describe('file preview', () => {
  it('shows a PDF in a titled frame with a download link and its size', () => {
    renderUi(<FilePreview file={file()} title="Quench slides" loadedAt={Date.now()} onRefresh={async () => null} />);
    expect(screen.getByTitle('Quench slides (PDF)')).toHaveAttribute('src', '/files/file-1/content?exp=1&sig=old');
    expect(screen.getByRole('link', { name: 'Download quench-slides.pdf (240 KB)' })).toHaveAttribute('href', '/files/file-1/content?exp=1&sig=old&dl=1');
    expect(screen.getByRole('link', { name: 'Open in a new tab' })).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('shows an image with alt text, and other files as a download only', () => {
    const { unmount } = renderUi(<FilePreview file={file({ preview: 'IMAGE', filename: 'coil.png', contentType: 'image/png' })} title="Head coil wiring" loadedAt={Date.now()} onRefresh={async () => null} />);
    expect(screen.getByRole('img', { name: 'Head coil wiring' })).toBeInTheDocument();
    unmount();
    renderUi(<FilePreview file={file({ preview: 'NONE', filename: 'checklist.docx', sizeBytes: 900 })} title="PM checklist" loadedAt={Date.now()} onRefresh={async () => null} />);
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
    expect(screen.queryByTitle(/PDF/)).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Download checklist.docx (900 bytes)' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Open in a new tab' })).not.toBeInTheDocument();
  });

  it('fetches fresh links before following one that is about to expire', async () => {
    const user = userEvent.setup();
    const loadedAt = Date.now() - LINK_FRESH_MS - 1000;
    const onRefresh = vi.fn(async () => file({ downloadUrl: '/files/file-1/content?exp=2&sig=new&dl=1' }));
    const go = vi.fn();
    renderUi(<FilePreview file={file()} title="Quench slides" loadedAt={loadedAt} onRefresh={onRefresh} go={go} />);
    await user.click(screen.getByRole('link', { name: /^Download/ }));
    expect(onRefresh).toHaveBeenCalledTimes(1);
    // It follows the fresh link once the refresh's promise has resolved.
    await waitFor(() => expect(go).toHaveBeenCalledWith('/files/file-1/content?exp=2&sig=new&dl=1'));
  });
});
