import { Group, Text } from '@mantine/core';
import { BANDS, NO_DATA } from '../model';

function Swatch({ background, color, sample }: { background: string; color: string; sample: string }) {
  return (
    <span
      aria-hidden
      style={{
        display: 'inline-flex',
        alignItems: 'center',
        justifyContent: 'center',
        minWidth: '2.4rem',
        height: '1.5rem',
        padding: '0 0.25rem',
        borderRadius: 4,
        border: '1px solid #868e96',
        background,
        color,
        fontSize: 12,
        fontWeight: 600,
      }}
    >
      {sample}
    </span>
  );
}

/** What the heatmap's colours mean (every cell prints its percent too). */
export function HeatmapLegend() {
  const items = [...BANDS].reverse();
  return (
    <Group component="ul" gap="md" wrap="wrap" aria-label="Colour key" data-testid="heatmap-legend" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {items.map((b) => (
        <Group component="li" key={b.label} gap={6} wrap="nowrap">
          <Swatch background={b.background} color={b.color} sample="" />
          <Text size="sm">{b.label}</Text>
        </Group>
      ))}
      <Group component="li" gap={6} wrap="nowrap">
        <Swatch background={NO_DATA.background} color={NO_DATA.color} sample="—" />
        <Text size="sm">{NO_DATA.label}</Text>
      </Group>
    </Group>
  );
}
