import { describe, expect, expectTypeOf, test } from 'vitest';
import { ELEMENT_IDS } from '$lib/domain/elements';
import { RADIUS, wheelLayout } from './layout';
import {
	plotSeries,
	scoreSeries,
	type DistributionSeries,
	type MomentSeries,
	type WheelSeries
} from './series';
import { seriesStyle } from './styles';
import { elementsNl } from '$test/catalogues';

const layout = wheelLayout((id) => elementsNl[id].wheelLabel);
const all = (score: number) => Object.fromEntries(ELEMENT_IDS.map((id) => [id, score]));

describe('scoreSeries', () => {
	test('one series per participant, in order, with their own scores; faces for the youngest', () => {
		const series = scoreSeries(
			[
				{ id: 'k', name: 'Lotte', role: 'child', ageGroup: '4-7' },
				{ id: 'p', name: 'Ans', role: 'parent' },
				{ id: 'x', name: 'Mo', faces: true }
			],
			[
				{ participantId: 'p', elementId: 'heard', score: 6 },
				{ participantId: 'k', elementId: 'safe', score: 9 },
				{ participantId: 'p', elementId: 'safe', score: null }
			]
		);
		expect(series.map((s) => [s.kind, s.id, s.name, s.faces])).toEqual([
			['scores', 'k', 'Lotte', true],
			['scores', 'p', 'Ans', false],
			['scores', 'x', 'Mo', true]
		]);
		expect(series[0]!.scores).toEqual({ safe: 9 });
		expect(series[1]!.scores).toEqual({ heard: 6, safe: null });
		expect(series[2]!.scores).toEqual({});
	});
});

describe('plotSeries', () => {
	test('a point at each score on its sector, a closed line through all eight', () => {
		const [line] = plotSeries(
			layout,
			scoreSeries([{ id: 'a', name: 'Sam' }], []).map((s) => ({
				...s,
				scores: all(10)
			}))
		);
		expect(line!.style).toEqual(seriesStyle(0));
		expect(line!.points.map((p) => p!.elementId)).toEqual(ELEMENT_IDS);
		for (const p of line!.points) expect(Math.hypot(p!.x, p!.y)).toBeCloseTo(RADIUS, 0);
		expect(line!.path).toMatch(/^M[^M]*Z$/);
	});

	test('no score is no point and breaks the line: never a 0', () => {
		const [line] = plotSeries(layout, [
			{
				kind: 'scores',
				id: 'a',
				name: 'Sam',
				faces: false,
				scores: { heard: 5, belonging: 5, active: 2, safe: null }
			}
		]);
		expect(line!.points.filter(Boolean).map((p) => p!.elementId)).toEqual([
			'heard',
			'belonging',
			'active'
		]);
		expect(line!.path).toMatch(/^M[^MLZ]+L[^MLZ]+$/);
		const [none] = plotSeries(layout, [
			{ kind: 'scores', id: 'b', name: 'Noor', faces: false, scores: {} }
		]);
		expect(none!.points.every((p) => p === null)).toBe(true);
		expect(none!.path).toBe('');
	});

	test('equal scores of several series are spread a little within the sector', () => {
		const series = [0, 1, 2].map((i): WheelSeries => ({
			kind: 'scores',
			id: `p${i}`,
			name: `P${i}`,
			faces: false,
			scores: all(5)
		}));
		const plotted = plotSeries(layout, series);
		const xs = plotted.map((s) => s.points[0]!.x);
		expect(new Set(xs).size).toBe(3);
		expect(plotted.map((s) => s.style)).toEqual([0, 1, 2].map(seriesStyle));
	});

	test('a class wheel and one person over time are other series on the same wheel', () => {
		// A class: the median face per element as the line, the counts per face riding along.
		const klas: DistributionSeries = {
			kind: 'distribution',
			id: 'klas',
			name: 'Groep 7',
			faces: true,
			scores: { heard: 8, belonging: 6 },
			counts: { heard: [0, 1, 3, 12, 9], belonging: [1, 2, 8, 10, 4] }
		};
		// One person at up to three moments: each moment its own line.
		const moments: MomentSeries[] = [0, 1, 2].map((moment) => ({
			kind: 'moment',
			moment: moment as 0 | 1 | 2,
			at: Date.UTC(2026, 8 + moment * 2, 1),
			id: `sam-${moment}`,
			name: `Sam, moment ${moment + 1}`,
			faces: false,
			scores: all(4 + moment * 2)
		}));
		const [plotted] = plotSeries(layout, [klas]);
		expect(plotted!.points[0]).toMatchObject({
			elementId: 'heard',
			score: 8,
			counts: [0, 1, 3, 12, 9]
		});
		expect(plotted!.points[2]).toBeNull();
		const over = plotSeries(layout, moments);
		expect(over).toHaveLength(3);
		// Later moments with higher scores lie further out on every element.
		for (const k of ELEMENT_IDS.keys()) {
			const r = over.map((s) => Math.hypot(s.points[k]!.x, s.points[k]!.y));
			expect(r[0]).toBeLessThan(r[1]!);
			expect(r[1]).toBeLessThan(r[2]!);
		}
		expectTypeOf(klas).toExtend<WheelSeries>();
		expectTypeOf<WheelSeries['kind']>().toEqualTypeOf<'scores' | 'moment' | 'distribution'>();
	});
});
