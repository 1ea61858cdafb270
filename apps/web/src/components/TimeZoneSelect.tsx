import { useMemo } from 'react';
import { Select, type SelectProps } from '@mantine/core';
import { listTimeZones, zoneLabel } from '@gantry/shared';

type Props = Omit<SelectProps, 'data' | 'searchable'>;

/** Every IANA zone the browser knows, searchable by city, with its current UTC offset. */
export function TimeZoneSelect({ label = 'Time zone', ...props }: Props) {
  const data = useMemo(() => listTimeZones().map((z) => ({ value: z, label: zoneLabel(z) })), []);
  return (
    <Select
      label={label}
      data={data}
      searchable
      allowDeselect={false}
      nothingFoundMessage="No time zone matches"
      limit={60}
      maxDropdownHeight={280}
      comboboxProps={{ withinPortal: true }}
      {...props}
    />
  );
}
