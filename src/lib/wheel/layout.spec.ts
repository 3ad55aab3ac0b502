import { describe, expect, test } from 'vitest';
import { ELEMENTS, ELEMENT_IDS, type ElementId } from '$lib/domain/elements';
import { RADIUS, viewBox, wheelLayout, type Box } from './layout';
import { elementsAr, elementsEn, elementsNl } from '$test/catalogues';

type ElementCatalogue = typeof elementsNl;

const CATALOGUES: Record<string, ElementCatalogue> = {
	nl: elementsNl,
	en: elementsEn,
	ar: elementsAr
};
const labelsOf = (c: ElementCatalogue) => (id: ElementId) => c[id].wheelLabel;

const overlap = (a: Box, b: Box) =>
	a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('wheel labels in the catalogues', () => {
	for (const [lang, catalogue] of Object.entries(CATALOGUES)) {
		test(`${lang}: one to three short lines that spell the element's name`, () => {
			for (const id of ELEMENT_IDS) {
				const { name, wheelLabel } = catalogue[id];
				expect(wheelLabel.length).toBeGreaterThanOrEqual(1);
				expect(wheelLabel.length).toBeLessThanOrEqual(3);
				for (const line of wheelLabel) {
					expect(line.trim()).toBe(line);
					expect(line.length).toBeLessThanOrEqual(14);
				}
				// A line ending in "-" splits a word; every other break is a space.
				const joined = wheelLabel.reduce((all, line) =>
					all.endsWith('-') ? all.slice(0, -1) + line : `${all} ${line}`
				);
				expect(joined).toBe(name);
			}
		});
	}
});

describe('wheelLayout', () => {
	const layout = wheelLayout(labelsOf(elementsNl));

	test('eight sectors in element order and colour, clockwise from 12 o’clock', () => {
		expect(layout.sectors.map((s) => s.element.id)).toEqual(ELEMENT_IDS);
		expect(layout.sectors.map((s) => s.element.colour)).toEqual(ELEMENTS.map((e) => e.colour));
		expect(layout.sectors.map((s) => s.mid)).toEqual([
			22.5, 67.5, 112.5, 157.5, 202.5, 247.5, 292.5, 337.5
		]);
		expect(layout.sectors[0]!.path.startsWith(`M0 0 L0 -${RADIUS} A${RADIUS} ${RADIUS}`)).toBe(
			true
		);
		expect(layout.rings.map((r) => r.score)).toEqual([2, 4, 6, 8, 10]);
		expect(layout.rings.at(-1)!.r).toBe(RADIUS);
		expect(layout.spokes).toHaveLength(8);
	});

	test('uses the lines it is given, one baseline each', () => {
		expect(layout.sectors[2]!.lines).toEqual(['Verantwoor-', 'delijkheid', 'nemen']);
		const english = wheelLayout(labelsOf(elementsEn));
		expect(english.sectors[3]!.lines).toEqual(elementsEn.developing.wheelLabel);
		for (const s of english.sectors) expect(s.baselines).toHaveLength(s.lines.length);
	});

	for (const [lang, catalogue] of Object.entries(CATALOGUES)) {
		test(`${lang}: labels sit outside the wheel, away from it, and never on each other`, () => {
			const l = wheelLayout(labelsOf(catalogue));
			for (const s of l.sectors) {
				// Right half grows to the right, left half to the left.
				expect(s.anchor).toBe(s.mid < 180 ? 'start' : 'end');
				const { left, right, top, bottom } = s.box;
				const nearest = {
					x: Math.max(left, Math.min(0, right)),
					y: Math.max(top, Math.min(0, bottom))
				};
				expect(Math.hypot(nearest.x, nearest.y)).toBeGreaterThan(RADIUS);
			}
			for (const [i, a] of l.sectors.entries()) {
				for (const b of l.sectors.slice(i + 1)) expect(overlap(a.box, b.box)).toBe(false);
			}
			// The bounds hold the wheel and every label.
			for (const s of l.sectors) {
				expect(s.box.left).toBeGreaterThanOrEqual(l.bounds.left);
				expect(s.box.right).toBeLessThanOrEqual(l.bounds.right);
				expect(s.box.top).toBeGreaterThanOrEqual(l.bounds.top);
				expect(s.box.bottom).toBeLessThanOrEqual(l.bounds.bottom);
			}
			expect(viewBox(l.bounds)).toMatch(/^-[\d.]+ -[\d.]+ [\d.]+ [\d.]+$/);
		});
	}

	test('longer labels make a wider wheel, so nothing is cut off', () => {
		const long = wheelLayout(() => ['Een heel erg lange regel']);
		expect(long.bounds.right - long.bounds.left).toBeGreaterThan(
			layout.bounds.right - layout.bounds.left
		);
	});
});
