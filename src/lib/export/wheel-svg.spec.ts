import { describe, expect, test } from 'vitest';
import { ELEMENTS, ELEMENT_IDS } from '$lib/domain/elements';
import { seriesStyle } from '$lib/wheel';
import { elementText, language } from '$lib/i18n';
import { HOSTILE, samplePlanDocument } from '$test/plan-fixture';
import { renderWheelSvg } from './wheel-svg';
import type { DocWheel } from './plan-document';
import { elementsEn, elementsNl } from '$test/catalogues';

const wheel = (
	scores: Record<string, (number | null)[]>,
	names?: Record<string, string>
): Pick<DocWheel, 'participants' | 'answers'> => ({
	participants: Object.keys(scores).map((id) => ({ id, name: names?.[id] ?? id })),
	answers: Object.entries(scores).flatMap(([participantId, s]) =>
		ELEMENT_IDS.map((elementId, k) => ({ participantId, elementId, score: s[k] ?? null }))
	)
});

const lines = (svg: string) =>
	[...svg.matchAll(/<path d="(M[^"]*)" stroke="([^"]+)"/g)].map((m) => ({
		d: m[1]!,
		colour: m[2]!
	}));

describe('renderWheelSvg', () => {
	test('is one static SVG with eight sectors in element colours, from the top clockwise', () => {
		const svg = renderWheelSvg(wheel({}));
		expect(svg).toMatch(
			/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="[-\d. ]+" direction="ltr" width="560" height="[\d.]+">/
		);
		expect(svg.endsWith('</svg>')).toBe(true);
		const fills = [...svg.matchAll(/<path d="M0 0 L[^"]*" fill="(#[0-9a-f]{6})"/g)].map(
			(m) => m[1]
		);
		expect(fills).toEqual(ELEMENTS.map((e) => e.colour));
		// The first sector starts at 12 o'clock: its outer edge begins straight above the centre.
		expect(svg).toContain('<path d="M0 0 L0 -170 A170 170');
		// Each element's name on the lines its catalogue gives, one tspan per line.
		const tspans = [...svg.matchAll(/<tspan x="[-\d.]+" y="[-\d.]+">([^<]*)<\/tspan>/g)].map(
			(m) => m[1]
		);
		expect(tspans).toEqual(ELEMENT_IDS.flatMap((id) => elementText(id).wheelLabel));
		expect(tspans).toContain('Verantwoor-');
		// Rings for 2, 4, 6, 8 and 10.
		expect(svg.match(/<circle cx="0" cy="0" r="/g)).toHaveLength(5);
	});

	test('keeps to basic SVG: no scripts, links, styles, outside references or foreignObject', () => {
		const svg = renderWheelSvg(samplePlanDocument().wheels[0]!);
		expect(svg).not.toMatch(/<(script|a|style|foreignObject|image|use)\b/i);
		// Attributes of real tags only: " onerror=" inside escaped text is harmless.
		expect(svg).not.toMatch(/<[a-z][^>]*\s(href|xlink:href|class|style|on\w+)=/i);
		const allowed = [
			'svg',
			'title',
			'g',
			'rect',
			'path',
			'circle',
			'line',
			'polygon',
			'text',
			'tspan'
		];
		for (const [, tag] of svg.matchAll(/<([a-zA-Z]+)/g)) expect(allowed).toContain(tag);
	});

	test('escapes every name', () => {
		const svg = renderWheelSvg(samplePlanDocument().wheels[0]!, { title: HOSTILE.script });
		expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt;');
		expect(svg).toContain('<title>&lt;script&gt;alert(1)&lt;/script&gt;</title>');
		expect(svg).not.toContain(HOSTILE.img);
		expect(svg).not.toContain('<script');
		expect(svg).toContain(HOSTILE.hebrew);
	});

	test("draws each participant's line in its own colour and dash, with a marker per score", () => {
		const svg = renderWheelSvg(wheel({ a: [5, 5, 5, 5, 5, 5, 5, 5], b: [8, 8, 8, 8, 8, 8, 8, 8] }));
		const drawn = lines(svg);
		expect(drawn.map((l) => l.colour)).toEqual([seriesStyle(0).colour, seriesStyle(1).colour]);
		// A closed line through all eight elements.
		expect(drawn[0]!.d.match(/[ML]/g)).toHaveLength(8);
		expect(drawn[0]!.d.endsWith('Z')).toBe(true);
		expect(svg).toContain(
			`stroke="${seriesStyle(1).colour}" stroke-dasharray="${seriesStyle(1).dash}"`
		);
		// Participant a's circle markers and b's square markers: eight each, in the legend one more.
		expect(svg.match(new RegExp(`<circle [^>]*fill="${seriesStyle(0).colour}"`, 'g'))).toHaveLength(
			9
		);
		expect(svg.match(new RegExp(`<rect [^>]*fill="${seriesStyle(1).colour}"`, 'g'))).toHaveLength(
			9
		);
	});

	test('never draws a missing score as 0: the line breaks and no marker sits in the centre', () => {
		const svg = renderWheelSvg(
			wheel({ a: [5, 5, null, 5, 5, null, null, 5], none: Array(8).fill(null) })
		);
		const drawn = lines(svg);
		// Only participant a has a line, in two runs: elements 4–5 and 8–1–2.
		expect(drawn).toHaveLength(1);
		expect(drawn[0]!.d.match(/M/g)).toHaveLength(2);
		expect(drawn[0]!.d).not.toContain('Z');
		expect(svg).not.toMatch(/cx="0" cy="0" r="[\d.]+" fill="#/);
		expect(svg.match(new RegExp(`<circle [^>]*fill="${seriesStyle(0).colour}"`, 'g'))).toHaveLength(
			5 + 1
		);
		// The legend says who has not answered yet.
		expect(svg).toContain('>none<tspan fill="#4a5759"> (nog geen antwoord)</tspan>');
	});

	test('scales to the size asked, keeping its proportions', () => {
		const big = renderWheelSvg(wheel({ a: [1, 2, 3, 4, 5, 6, 7, 8] }));
		const small = renderWheelSvg(wheel({ a: [1, 2, 3, 4, 5, 6, 7, 8] }), { size: 280 });
		const h = (s: string) => Number(/height="([\d.]+)"/.exec(s)![1]);
		expect(small).toContain('width="280"');
		expect(h(small)).toBeCloseTo(h(big) / 2, 1);
	});

	test('speaks the language of the moment it is made, not of the first export', async () => {
		const doc = wheel({ a: [5, 5, 5, 5, 5, 5, 5, 5], b: Array(8).fill(null) });
		const words = (svg: string) =>
			[...svg.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1]);
		const dutch = renderWheelSvg(doc);
		expect(words(dutch)).toEqual(expect.arrayContaining([...elementsNl.heard.wheelLabel]));
		try {
			await language.set('en', false);
			const english = renderWheelSvg(doc);
			for (const id of ELEMENT_IDS) {
				for (const line of elementsEn[id].wheelLabel) expect(words(english)).toContain(line);
			}
			expect(english).toContain('>Who is who</text>');
			expect(english).toContain('> (no answer yet)</tspan>');
			expect(english).not.toContain('Gehoord');
			expect(english).not.toContain('Wie is wie');
		} finally {
			await language.set('nl', false);
		}
		expect(renderWheelSvg(doc)).toBe(dutch);
	});
});
