import { Paper, Stack, Text, Title } from '@mantine/core';
import { useReducedMotion } from '@mantine/hooks';
import type { ReactNode } from 'react';

/**
 * A chart with its text alternative: a heading, a sentence that says what the chart shows, the chart
 * itself hidden from assistive technology and the keyboard (recharts' SVG is not navigable), and the
 * same figures as text — usually a table — in `alternative`, which every reader gets.
 */
export function ChartFigure({
  id,
  title,
  summary,
  alternative,
  children,
}: {
  /** The heading's id (the section is labelled by it). */
  id: string;
  title: string;
  summary: ReactNode;
  alternative?: ReactNode;
  /** The chart (a @mantine/charts component). */
  children: ReactNode;
}) {
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={id} miw={0}>
      <Stack gap="sm">
        <Title order={2} size="h4" id={id}>
          {title}
        </Title>
        <Text size="sm">{summary}</Text>
        <div aria-hidden="true" inert>
          {children}
        </div>
        {alternative}
      </Stack>
    </Paper>
  );
}

/** Props every chart takes: no animation when the reader asks for reduced motion, no SVG keyboard layer. */
export function useChartMotion() {
  const reduceMotion = useReducedMotion();
  return { animate: !reduceMotion };
}
