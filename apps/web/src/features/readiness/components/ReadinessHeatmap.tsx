import { Box, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { EmptyState } from '@/components/Feedback';
import { getFragmentData, graphql, type FragmentType } from '@/gql';
import type { ReadinessHeatmap_ReadinessFragment } from '@/gql/graphql';
import { plural } from '@/lib/format';
import { bandOf, formatPercent, NO_DATA } from '../model';
import { HeatmapLegend } from './HeatmapLegend';

export const ReadinessHeatmapFragment = graphql(`
  fragment ReadinessHeatmap_readiness on CohortReadiness {
    totalCount
    domains {
      id
      code
      name
    }
    rows {
      answered
      student {
        id
        displayName
      }
      cells {
        correct
        total
        percent
        domain {
          id
        }
      }
    }
    cohortCells {
      correct
      total
      percent
      domain {
        id
      }
    }
  }
`);

export type ReadinessHeatmapData = ReadinessHeatmap_ReadinessFragment;

export function readHeatmap(ref: FragmentType<typeof ReadinessHeatmapFragment>): ReadinessHeatmapData {
  return getFragmentData(ReadinessHeatmapFragment, ref);
}

interface CellData {
  correct: number;
  total: number;
  percent?: number | null;
  domain: { id: string };
}
type Cell = CellData | undefined;

const sticky = { position: 'sticky', left: 0, zIndex: 1, background: 'var(--mantine-color-body)', minWidth: '10rem', maxWidth: '14rem' } as const;

function HeatCell({ cell, testId = 'heatmap-cell' }: { cell: Cell; testId?: string }) {
  const band = cell && cell.total > 0 ? bandOf(cell.percent) : null;
  const colours = band ?? NO_DATA;
  return (
    <Table.Td
      data-testid={testId}
      data-band={band ? band.min : 'none'}
      ta="center"
      // Relative: the visually hidden text's box stays inside the scrolling table, not past the page's edge.
      style={{ position: 'relative', background: colours.background, color: colours.color, minWidth: '6rem' }}
    >
      {band && cell ? (
        <>
          <Text span size="sm" fw={700} display="block" c="inherit">
            {formatPercent(cell.percent)}
          </Text>
          <Text span size="xs" display="block" c="inherit">
            {cell.correct} of {cell.total}
          </Text>
        </>
      ) : (
        <Text span size="sm" c="inherit">
          <span aria-hidden>—</span>
          <VisuallyHidden component="span">No answers</VisuallyHidden>
        </Text>
      )}
    </Table.Td>
  );
}

/**
 * Students × exam domains, each cell the student's percent correct there (and the counts
 * behind it), coloured by band with the number always printed; a dash where the student
 * has not answered anything in the domain. The last row is the whole cohort. The first
 * column stays put while the table scrolls sideways in its own box.
 */
export function ReadinessHeatmap({ data: h, title }: { data: ReadinessHeatmapData; title: string }) {
  if (h.totalCount === 0 || h.rows.length === 0) {
    return <EmptyState>No students are enrolled yet: the map fills in as they join and answer practice questions.</EmptyState>;
  }
  const cellOf = (cells: readonly CellData[], domainId: string, i: number): Cell => cells.find((c) => c.domain.id === domainId) ?? cells[i];

  return (
    <Stack gap="sm">
      <HeatmapLegend />
      <Box
        component="div"
        role="region"
        aria-label={`${title}: readiness heatmap (scrolls sideways)`}
        tabIndex={0}
        style={{ overflowX: 'auto', maxWidth: '100%' }}
        data-testid="heatmap-scroll"
      >
        <Table withTableBorder withColumnBorders verticalSpacing={6} style={{ minWidth: `${12 + h.domains.length * 7 + 7}rem` }} data-testid="heatmap">
          <caption style={{ textAlign: 'left', captionSide: 'top', paddingBottom: 'var(--mantine-spacing-xs)' }}>
            <Text size="sm" span>
              {plural(h.rows.length, 'student')} × {plural(h.domains.length, 'exam domain')}: percent correct and answers in each. A dash means no answers yet.
            </Text>
          </caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" style={sticky}>
                Student
              </Table.Th>
              {h.domains.map((d) => (
                <Table.Th key={d.id} scope="col" style={{ minWidth: '6rem', verticalAlign: 'bottom' }}>
                  <Text size="sm" fw={700} style={{ overflowWrap: 'anywhere' }}>
                    {d.name}
                  </Text>
                </Table.Th>
              ))}
              <Table.Th scope="col" ta="right">
                Answered
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {h.rows.map((r) => (
              <Table.Tr key={r.student.id} data-testid="heatmap-row">
                <Table.Th scope="row" style={sticky}>
                  <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
                    {r.student.displayName}
                  </Text>
                </Table.Th>
                {h.domains.map((d, i) => (
                  <HeatCell key={d.id} cell={cellOf(r.cells, d.id, i)} />
                ))}
                <Table.Td ta="right">{r.answered}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr data-testid="heatmap-cohort-row">
              <Table.Th scope="row" style={sticky}>
                Whole cohort
              </Table.Th>
              {h.domains.map((d, i) => (
                <HeatCell key={d.id} cell={cellOf(h.cohortCells, d.id, i)} testId="heatmap-cohort-cell" />
              ))}
              <Table.Td ta="right">{h.cohortCells.reduce((s, c) => s + c.total, 0)}</Table.Td>
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </Box>
    </Stack>
  );
}
