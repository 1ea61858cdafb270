import type { ReactNode } from 'react';
import { Stack, Text } from '@mantine/core';
import { formatBytes } from '../lib/limits';
import type { FilePurpose, UploadedFile } from '../lib/upload';
import { FileUpload } from './FileUpload';

/**
 * A form's file: the one attached now (if any) and the upload that replaces it. The form
 * keeps the uploaded file's id; nothing changes on the item until the form is saved.
 */
export function FileField({
  purpose,
  file,
  error,
  onUploaded,
  label = 'File',
}: {
  purpose: FilePurpose;
  file: UploadedFile | null;
  error?: ReactNode;
  onUploaded: (file: UploadedFile) => void;
  label?: string;
}) {
  return (
    <Stack gap={6}>
      {file ? (
        <Text size="sm" data-testid="attached-file">
          Attached: <strong>{file.filename}</strong> ({formatBytes(file.sizeBytes)})
        </Text>
      ) : null}
      <FileUpload purpose={purpose} label={file ? `Replace the ${label.toLowerCase()}` : label} required={!file} error={error} onUploaded={onUploaded} />
    </Stack>
  );
}
