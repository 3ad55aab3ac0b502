import { describe, expect, test } from 'vitest';
import { ELEMENTS } from '$lib/domain/elements';
import { markerShapes } from './markers';
import { MARKERS, SERIES_STYLES, momentStyle, personMomentStyle, seriesStyle } from './styles';

const luminance = (hex: string) => {
	const [r, g, b] = [1, 3, 5].map((i) => {
		const c = parseInt(hex.slice(i, i + 2), 16) / 255;
		return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	});
	return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
};
const contrast = (a: string, b: string) => {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return (hi! + 0.05) / (lo! + 0.05);
};

describe('series styles', () => {
	test('lines stay legible on white and on every sector colour', () => {
		for (const s of SERIES_STYLES) {
			expect(contrast(s.colour, '#ffffff')).toBeGreaterThanOrEqual(3);
			for (const el of ELEMENTS) expect(contrast(s.colour, el.colour)).toBeGreaterThanOrEqual(3);
		}
	});

	test('colour is never the only difference between two series', () => {
		const styles = Array.from({ length: 12 }, (_, i) => seriesStyle(i));
		for (const [i, a] of styles.entries()) {
			for (const b of styles.slice(i + 1)) {
				expect(a.dash !== b.dash || a.marker !== b.marker).toBe(true);
			}
		}
		expect(new Set(SERIES_STYLES.map((s) => s.colour)).size).toBe(SERIES_STYLES.length);
		expect(SERIES_STYLES.length).toBeGreaterThanOrEqual(8);
	});
});

describe('styles over time', () => {
	test('one person: their own colour and marker at every moment, latest solid, then dashed, then dotted', () => {
		for (let i = 0; i < 8; i++) {
			const [latest, before, oldest] = [0, 1, 2].map((n) => momentStyle(i, n));
			expect(latest!.dash).toBe('');
			expect(new Set([latest, before, oldest].map((s) => s!.dash)).size).toBe(3);
			for (const s of [latest, before, oldest]) {
				expect(s!.colour).toBe(seriesStyle(i).colour);
				expect(s!.marker).toBe(seriesStyle(i).marker);
			}
		}
	});

	test('everyone at two moments: the person by colour and marker, the moment by the dash', () => {
		for (let i = 0; i < 8; i++) {
			const now = personMomentStyle(i, true);
			const then = personMomentStyle(i, false);
			expect(now.marker).toBe(then.marker);
			expect(now.dash).toBe('');
			expect(then.dash).not.toBe('');
			for (let j = i + 1; j < 8; j++)
				expect(personMomentStyle(j, true).marker).not.toBe(now.marker);
		}
	});
});

describe('markerShapes', () => {
	test('every marker is drawn in its series colour, on a white edge that can be left off', () => {
		for (const marker of MARKERS) {
			const style = { colour: '#1f4e9c', marker };
			const shapes = markerShapes(10, 20, 12, style);
			const top = shapes.at(-1)!;
			expect([top.attrs.fill, top.attrs.stroke]).toContain('#1f4e9c');
			expect(shapes[0]!.attrs.stroke).toBe('#fff');
			const bare = markerShapes(10, 20, 12, style, false);
			expect(bare).toHaveLength(shapes.length - 1);
			expect(bare.every((s) => s.attrs.stroke !== '#fff')).toBe(true);
		}
	});

	test('each marker has its own shape', () => {
		const drawn = MARKERS.map((marker) =>
			JSON.stringify(markerShapes(0, 0, 12, { colour: '#000', marker }, false))
		);
		expect(new Set(drawn).size).toBe(MARKERS.length);
	});
});
