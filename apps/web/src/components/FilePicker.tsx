import { useRef } from 'react';
import { Button, Group, Text } from '@mantine/core';
import { formatBytes } from '@/lib/files';

interface Props {
  /** Prefix of the ids and test ids: `<name>-state`, `<name>-input`. */
  name: string;
  /** The chosen file's name and size. */
  file: { name: string; size: number } | null;
  accept: string;
  /** The button before a file is chosen ("Choose the CSV file"). */
  chooseLabel: string;
  /** What the state line says before a file is chosen. */
  emptyText: string;
  /** Why the chosen file was refused, if it was. */
  error: string | null;
  onChoose: (file: File) => void;
  /** How the size reads (default: 1024-based units). */
  formatSize?: (bytes: number) => string;
}

/**
 * Choosing one file to read in the browser (an import): a button, the chosen file's name
 * and size (the button's description), and the refusal, if any. Choosing the same file
 * again works (the input is cleared after each choice).
 */
export function FilePicker({ name, file, accept, chooseLabel, emptyText, error, onChoose, formatSize = formatBytes }: Props) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <Group gap="sm" wrap="wrap">
        <Button variant="default" onClick={() => input.current?.click()} aria-describedby={`${name}-state`}>
          {file ? 'Choose another file' : chooseLabel}
        </Button>
        <Text size="sm" id={`${name}-state`} style={{ overflowWrap: 'anywhere' }} data-testid={`${name}-state`}>
          {file ? `${file.name} (${formatSize(file.size)})` : emptyText}
        </Text>
      </Group>
      <input
        ref={input}
        type="file"
        hidden
        accept={accept}
        data-testid={`${name}-input`}
        onChange={(e) => {
          const f = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (f) onChoose(f);
        }}
      />
      {error ? (
        <Text size="sm" c="red.9" role="alert">
          {error}
        </Text>
      ) : null}
    </>
  );
}
