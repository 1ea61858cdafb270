import { Button, CopyButton, Group, TextInput } from '@mantine/core';

/** A read-only value (a link, a code) with a Copy button that says when it worked. */
export function CopyField({ label, value, description, copyLabel = 'Copy' }: { label: string; value: string; description?: string; copyLabel?: string }) {
  return (
    <Group align="flex-end" gap="xs" wrap="nowrap">
      <TextInput label={label} description={description} value={value} readOnly style={{ flex: 1, minWidth: 0 }} onFocus={(e) => e.currentTarget.select()} />
      <CopyButton value={value} timeout={2500}>
        {({ copied, copy }) => (
          <Button variant={copied ? 'filled' : 'default'} color={copied ? 'teal.9' : undefined} onClick={copy} aria-label={copied ? `${label} copied` : `${copyLabel}: ${label}`}>
            {copied ? 'Copied' : copyLabel}
          </Button>
        )}
      </CopyButton>
    </Group>
  );
}
