import { describe, expect, it } from 'vitest';
import { buildBarRows } from '../../src/charts/builders/bar-rows.ts';
import { buildColumnSeries } from '../../src/charts/builders/column-series.ts';
import { buildEffectWindows } from '../../src/charts/builders/effect-windows.ts';
import { buildLadder } from '../../src/charts/builders/ladder.ts';
import { buildStepLine } from '../../src/charts/builders/step-line.ts';
import { buildTimelineDots } from '../../src/charts/builders/timeline-dots.ts';

const plain = (value: number) => String(value);

describe('buildEffectWindows', () => {
  const rows = [
    { id: 'six', label: 'Six months', finding: 'Up 36.5%', months: 6, end: 'window' as const },
    { id: 'year', label: 'A year', finding: 'Up 80%', months: 12, end: 'lasting' as const },
    { id: 'big', label: 'Same period, bigger rise', finding: 'Up 300%', months: 6, end: 'ended' as const },
  ];
  const model = buildEffectWindows(rows, { maxMonths: 12 });

  it('draws each bar as the months its estimate covers, on one scale', () => {
    const [six, year] = model.rows;
    expect(six!.barEnd).toBeCloseTo(year!.barEnd / 2, 0);
    expect(model.ticks.at(-1)!.position).toBe(year!.barEnd);
  });

  it('never draws the size of an estimate: equal periods give equal bars whatever the rise', () => {
    const [six, , big] = model.rows;
    expect(big!.barEnd).toBe(six!.barEnd);
  });

  it('puts the axis below every row and ticks every three months', () => {
    const last = model.rows.at(-1)!;
    expect(model.axisY).toBeGreaterThan(last.barY + last.barHeight);
    expect(model.ticks.map((tick) => tick.value)).toEqual([0, 3, 6, 9, 12]);
    expect(model.height).toBeGreaterThan(model.axisY);
  });

  it('rejects a period the axis cannot show', () => {
    expect(() => buildEffectWindows([{ ...rows[0]!, months: 18 }], { maxMonths: 12 })).toThrow('"six" covers 18 months');
    expect(() => buildEffectWindows([])).toThrow('at least one row');
  });
});

describe('buildBarRows', () => {
  const model = buildBarRows([
    { id: 'a', label: 'A', value: 100, valueLabel: '100' },
    { id: 'b', label: 'B', value: 50, valueLabel: '50' },
  ]);

  it('draws bars from zero in proportion to their values', () => {
    const [a, b] = model.bars;
    expect(a!.x).toBe(0);
    expect(b!.width).toBeCloseTo(a!.width / 2, 0);
  });

  it('stacks rows without overlap and sizes the chart to them', () => {
    const [a, b] = model.bars;
    expect(b!.labelY).toBeGreaterThan(a!.y + a!.height);
    expect(model.height).toBeCloseTo(b!.y + b!.height, 5);
  });

  it('rejects an empty chart', () => {
    expect(() => buildBarRows([])).toThrow('at least one row');
  });

  it('wraps a long label within the share of the width it may fill, and makes room for its lines', () => {
    // A stand-in measurer: ten units a character, so the 100-unit label limit holds ten characters.
    const wrapLabel = (label: string, maxWidth: number) => {
      const lines: string[] = [];
      for (const word of label.split(' ')) {
        const last = lines.at(-1);
        if (last !== undefined && (last.length + 1 + word.length) * 10 <= maxWidth) lines[lines.length - 1] = `${last} ${word}`;
        else lines.push(word);
      }
      return lines;
    };
    const wrapped = buildBarRows(
      [
        { id: 'long', label: 'aaaa bbbb cccc', value: 1, valueLabel: '1' },
        { id: 'short', label: 'dd', value: 1, valueLabel: '1' },
      ],
      { width: 200, labelMeasure: 0.5, labelHeight: 18, wrapLabel },
    );
    const [long, short] = wrapped.bars;
    expect(long!.labelLines).toEqual(['aaaa bbbb', 'cccc']);
    expect(short!.labelLines).toEqual(['dd']);
    // Two label lines above the first bar; the second row starts below it.
    expect(long!.y).toBe(36);
    expect(short!.labelY - 13).toBeGreaterThan(long!.y + long!.height);
  });
});

describe('buildColumnSeries', () => {
  const rows = [
    { period: '2015', value: 50, provisional: false },
    { period: '2016', value: 100, provisional: false },
    { period: '2017', value: 75, provisional: true },
  ];
  const model = buildColumnSeries(rows, { formatTick: plain, labelEvery: 2 });

  it('puts the tallest column at the top of a nice y scale', () => {
    expect(model.yTicks.at(-1)!.value).toBe(100);
    expect(model.columns[1]!.y).toBe(model.plot.top);
  });

  it('keeps provisional flags and labels every nth period counting back from the last', () => {
    expect(model.columns.map((c) => c.provisional)).toEqual([false, false, true]);
    expect(model.columns.map((c) => c.axisLabel)).toEqual(['2015', '', '2017']);
  });

  it('orders columns left to right', () => {
    const xs = model.columns.map((c) => c.x);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
  });
});

describe('buildTimelineDots', () => {
  const model = buildTimelineDots(
    [
      { id: 'one', date: '2024-11-27', lane: 'proposal', title: 'One' },
      { id: 'two', date: '2025-02', lane: 'law', title: 'Two' },
      { id: 'three', date: '2026', lane: 'proposal', title: 'Three' },
    ],
    { lanes: ['proposal', 'statement', 'law'] },
  );

  it('places events in time order along x, in their lanes', () => {
    const [one, two, three] = model.dots;
    expect(one!.cx).toBeLessThan(two!.cx);
    expect(two!.cx).toBeLessThan(three!.cx);
    expect(one!.cy).toBe(three!.cy);
    expect(one!.cy).not.toBe(two!.cy);
  });

  it('drops lanes with no events and ticks each new year inside the span', () => {
    expect(model.lanes.map((lane) => lane.name)).toEqual(['proposal', 'law']);
    expect(model.xTicks.map((tick) => tick.label)).toEqual(['2025', '2026']);
    expect(model.xTicks[0]!.position).toBeGreaterThan(model.plot.left);
  });

  it('starts a year label at its line, but ends it there when the year begins at the right edge', () => {
    expect(model.xTicks.map((tick) => tick.anchor)).toEqual(['start', 'end']);
  });

  it('rejects an event in an unknown lane', () => {
    expect(() => buildTimelineDots([{ id: 'x', date: '2025', lane: 'other', title: 'X' }], { lanes: ['law'] })).toThrow(
      'unknown lane "other"',
    );
  });
});

describe('buildLadder', () => {
  const model = buildLadder([
    { id: 'low', label: 'Low' },
    { id: 'mid', label: 'Mid' },
    { id: 'high', label: 'High' },
  ]);

  it('widens each rung and puts the most intrusive option on top', () => {
    const [low, mid, high] = model.rungs;
    expect(low!.width).toBeLessThan(mid!.width);
    expect(mid!.width).toBeLessThan(high!.width);
    expect(high!.y).toBeLessThan(low!.y);
    expect(model.rungs.map((r) => r.level)).toEqual([1, 2, 3]);
  });
});

describe('buildStepLine', () => {
  const model = buildStepLine(
    [
      { date: '2025-12-17', value: 99 },
      { date: '2025-09-02', value: 11 },
      { date: '2026-05-28', value: 199 },
    ],
    { formatTick: plain, formatMonth: (d) => d.toISOString().slice(0, 7) },
  );

  it('sorts tallies by date and rises with them', () => {
    expect(model.points.map((p) => p.value)).toEqual([11, 99, 199]);
    expect(model.points[2]!.y).toBeLessThan(model.points[0]!.y);
  });

  it('draws steps between reports close in time', () => {
    const close = buildStepLine(
      [
        { date: '2025-12-01', value: 10 },
        { date: '2025-12-20', value: 30 },
      ],
      { formatTick: plain, formatMonth: (d) => d.toISOString().slice(0, 7) },
    );
    const [a, b] = close.points;
    expect(close.path.startsWith(`M${a!.x},${a!.y}`)).toBe(true);
    // A step: horizontal to the next date at the old value, then vertical to the new one.
    expect(close.path).toContain(`L${b!.x},${a!.y}L${b!.x},${b!.y}`);
  });

  it('leaves reports months apart unjoined, so no flat line claims months without deaths', () => {
    // Sep to Dec to May: every gap is longer than five weeks.
    expect(model.path).toBe('');
    const bridged = buildStepLine(
      [
        { date: '2025-09-02', value: 11 },
        { date: '2025-12-17', value: 99 },
      ],
      { formatTick: plain, formatMonth: (d) => d.toISOString().slice(0, 7), maxGapDays: 120 },
    );
    expect(bridged.path).not.toBe('');
  });
});
