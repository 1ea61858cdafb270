import { act, fireEvent, screen } from '@testing-library/react';
import { UploadLimitsDocument } from '@/gql/graphql';
import { renderAt } from '@/testing/render';
import { FileUpload } from './FileUpload';

/** XMLHttpRequest at the network edge: the test plays the server, progress events included. */
class FakeXhr {
  static requests: FakeXhr[] = [];
  upload: { onprogress: ((e: Partial<ProgressEvent>) => void) | null } = { onprogress: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;
  status = 0;
  responseText = '';
  method = '';
  url = '';
  headers: Record<string, string> = {};
  body: FormData | null = null;
  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name.toLowerCase()] = value;
  }
  send(body: FormData) {
    this.body = body;
    FakeXhr.requests.push(this);
  }
  abort() {
    act(() => this.onabort?.());
  }
  progress(loaded: number, total: number) {
    act(() => this.upload.onprogress?.({ lengthComputable: true, loaded, total }));
  }
  respond(status: number, body: unknown) {
    this.status = status;
    this.responseText = JSON.stringify(body);
    act(() => this.onload?.());
  }
}

const limitsMock = {
  request: { query: UploadLimitsDocument, variables: { purpose: 'MATERIAL' } },
  result: { data: { uploadLimits: { __typename: 'UploadLimits', maxBytes: 25 * 1024 * 1024, contentTypes: ['application/pdf', 'image/png'], extensions: ['.pdf', '.png'] } } },
};

function pdf(name = 'quench-slides.pdf', size = 1536) {
  return new File([new Uint8Array(size)], name, { type: 'application/pdf' });
}

function setup() {
  const onUploaded = vi.fn();
  const view = renderAt('/', <FileUpload purpose="MATERIAL" label="File" onUploaded={onUploaded} />, [limitsMock]);
  return { ...view, onUploaded };
}

beforeEach(() => {
  FakeXhr.requests = [];
  vi.stubGlobal('XMLHttpRequest', FakeXhr);
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('file upload', () => {
  it('shows what may be uploaded, uploads with a progress bar and percentage, and hands over the stored file', async () => {
    const { user, onUploaded } = setup();
    expect(await screen.findByText('PDF or PNG, up to 25 MB.')).toBeInTheDocument();
    expect(screen.getByTestId('file-input')).toHaveAttribute('accept', '.pdf,.png,application/pdf,image/png');

    await user.upload(screen.getByTestId('file-input'), pdf());
    const xhr = FakeXhr.requests[0]!;
    expect(xhr.method).toBe('POST');
    expect(xhr.url).toBe('/files?purpose=MATERIAL');
    expect(xhr.headers['x-gantry-csrf']).toBe('1');
    expect((xhr.body!.get('file') as File).name).toBe('quench-slides.pdf');
    expect(screen.getByRole('button', { name: 'Choose a file' })).toBeDisabled();

    xhr.progress(600, 1536);
    const bar = screen.getByRole('progressbar', { name: 'Uploading quench-slides.pdf' });
    expect(bar).toHaveAttribute('aria-valuenow', '39');
    expect(screen.getByTestId('upload-percent')).toHaveTextContent('39%');
    xhr.progress(1536, 1536);
    expect(screen.getByTestId('upload-percent')).toHaveTextContent('100%');

    const stored = { id: 'file-1', filename: 'quench-slides.pdf', contentType: 'application/pdf', sizeBytes: 1536 };
    xhr.respond(201, stored);
    expect(await screen.findByText('Uploaded quench-slides.pdf (1.5 KB)')).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Uploaded quench-slides.pdf' })).toHaveAttribute('aria-valuenow', '100');
    expect(onUploaded).toHaveBeenCalledWith(stored);
    expect(screen.getByRole('button', { name: 'Choose another file' })).toBeEnabled();
  });

  it('puts the server’s 413 in words, and a cancelled upload stops', async () => {
    const { user, onUploaded } = setup();
    await screen.findByText('PDF or PNG, up to 25 MB.');
    await user.upload(screen.getByTestId('file-input'), pdf('scan.pdf'));
    FakeXhr.requests[0]!.respond(413, { code: 'FILE_TOO_LARGE', message: 'The file is larger than the 25 MB limit.' });
    expect(await screen.findByRole('alert')).toHaveTextContent('“scan.pdf” is larger than the 25 MB limit. Choose a smaller file.');

    await user.upload(screen.getByTestId('file-input'), pdf('again.pdf'));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Cancel upload' }));
    expect(await screen.findByText('Upload cancelled.')).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(onUploaded).not.toHaveBeenCalled();
  });

  it('checks the type and size before sending, and accepts a dropped file', async () => {
    setup();
    await screen.findByText('PDF or PNG, up to 25 MB.');
    const input = screen.getByTestId('file-input');
    fireEvent.change(input, { target: { files: [new File(['MZ'], 'tool.exe', { type: 'application/octet-stream' })] } });
    expect(await screen.findByRole('alert')).toHaveTextContent('“tool.exe” is not a file type you can upload here. Choose a PDF or PNG file.');
    fireEvent.change(input, { target: { files: [{ name: 'huge.pdf', size: 26 * 1024 * 1024, type: 'application/pdf' }] } });
    expect(await screen.findByRole('alert')).toHaveTextContent('“huge.pdf” is 26 MB; the limit is 25 MB. Choose a smaller file.');
    expect(FakeXhr.requests).toHaveLength(0);

    fireEvent.drop(screen.getByTestId('file-drop-zone'), { dataTransfer: { files: [pdf('dropped.pdf')] } });
    expect(await screen.findByRole('progressbar', { name: 'Uploading dropped.pdf' })).toBeInTheDocument();
    expect(FakeXhr.requests).toHaveLength(1);
  });
});
