import { useState } from 'react';
import { Button, Group, TextInput } from '@mantine/core';

/** Filter the outbox by recipient; an empty value shows everything. */
export function OutboxFilter({ value, onChange }: { value: string; onChange: (to: string) => void }) {
  const [draft, setDraft] = useState(value);
  return (
    <form
      role="search"
      aria-label="Filter the outbox"
      onSubmit={(e) => {
        e.preventDefault();
        onChange(draft.trim().toLowerCase());
      }}
    >
      <Group align="flex-end" wrap="wrap">
        <TextInput
          label="Recipient"
          description="Exact email address"
          type="email"
          value={draft}
          onChange={(e) => setDraft(e.currentTarget.value)}
          style={{ flex: '1 1 260px' }}
        />
        <Button type="submit">Filter</Button>
        {value ? (
          <Button
            variant="default"
            onClick={() => {
              setDraft('');
              onChange('');
            }}
          >
            Show all
          </Button>
        ) : null}
      </Group>
    </form>
  );
}
