import { describe, expect, test } from 'vitest';
import {
	emptyPlanDocument,
	HOSTILE,
	sampleFollowUpDocument,
	samplePlanDocument
} from '$test/plan-fixture';
import { escapeHtml, planToHtml } from './plan-html';
import { language } from '$lib/i18n';

const variants = ['adult', 'child'] as const;

/** Text between tags, with the five escapes undone: what a reader sees. */
function visibleText(html: string): string {
	return html
		.replace(/<style>[\s\S]*?<\/style>/g, '')
		.replace(/<[^>]*>/g, ' ')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&amp;/g, '&');
}

describe('escapeHtml', () => {
	test('escapes the five characters that matter in text and attributes', () => {
		expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
			'&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;'
		);
	});
});

describe('planToHtml', () => {
	test('is marked with the language it is written in, right to left for Arabic', async () => {
		await language.set('ar', false);
		try {
			const html = planToHtml(samplePlanDocument(), 'adult');
			expect(html.startsWith('<!doctype html>\n<html lang="ar" dir="rtl">')).toBe(true);
		} finally {
			await language.set('nl', false);
		}
	});

	test('on a narrow screen each action is a stack of labelled lines, not squeezed columns', () => {
		const html = planToHtml(samplePlanDocument(), 'adult');
		const cells = [...html.matchAll(/<td[^>]*data-label="([^"]*)"/g)].map((c) => c[1]);
		expect(cells.slice(0, 4)).toEqual(['Wat', 'Wie', 'Wanneer', 'Steun']);
		expect(html).toMatch(/@media \(max-width:40rem\)\{[^@]*td::before\{content:attr\(data-label\)/);
	});

	for (const variant of variants) {
		test(`${variant}: one self-contained Dutch page without any script or outside request`, () => {
			const html = planToHtml(samplePlanDocument(), variant);
			expect(html.startsWith('<!doctype html>\n<html lang="nl-NL" dir="ltr">')).toBe(true);
			expect(html).toContain('<meta charset="utf-8">');
			expect(html).toContain(
				`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`
			);
			expect(html).not.toMatch(/<script/i);
			expect(html).not.toMatch(/<(link|img|iframe|object|embed|foreignObject)\b/i);
			expect(html).not.toMatch(/<[a-z][^>]*\s(src|href)\s*=/i);
			expect(html).not.toMatch(/url\(/i);
		});

		test(`${variant}: the page's <title> (tab and browser history) does not name the conversation`, () => {
			const html = planToHtml(samplePlanDocument(), variant);
			const title = /<title>([^<]*)<\/title>/.exec(html)?.[1];
			expect(title).toBe(variant === 'child' ? 'Mijn plan' : 'Gedragen plan');
			// The sheet itself still says whose plan it is.
			expect(visibleText(html)).toContain('Gezin Jansen');
		});

		test(`${variant}: hostile text is escaped and shown literally`, () => {
			const html = planToHtml(samplePlanDocument(), variant);
			// No tag or event handler from user text survives; the escaped form is there instead.
			expect(html).not.toMatch(/<script|<img\b|<svg onload/i);
			// An event handler inside any real tag; " onerror=" in escaped text is harmless.
			expect(html).not.toMatch(/<[a-z][^>]*\son\w+\s*=/i);
			expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
			const text = visibleText(html);
			expect(text).toContain(HOSTILE.script);
			expect(text).toContain(HOSTILE.svg);
			expect(text).toContain(HOSTILE.img);
			expect(text).toContain(HOSTILE.emoji);
		});
	}

	test('adult: participants, wheel, strengths, worries, goals, actions, plan B, safety and agreements', () => {
		const html = planToHtml(samplePlanDocument(), 'adult');
		const text = visibleText(html);
		for (const s of [
			'Gedragen plan',
			'Gezin Jansen',
			'Gesprek van 23 november 2026',
			'Concept',
			'Wie doen er mee',
			'Noë',
			'Lotje',
			'Sanne',
			'Fatima',
			HOSTILE.hebrew,
			'Regisseur (houdt het overzicht)',
			'Wat gaat goed',
			'Noë is creatief en tekent graag.',
			HOSTILE.long,
			'Zorgen',
			HOSTILE.arabic,
			'Speerpunten',
			'Gehoord worden',
			'Erbij horen',
			'Noë heeft in de pauze iemand om mee te spelen.',
			'Noë vraagt een klasgenoot om samen te spelen',
			'Bart (leerkracht)',
			'4 december 2026',
			'Als het anders loopt',
			'Afspraken over veiligheid',
			'We kijken samen terug op',
			'8 januari 2027',
			'Ik sta achter dit plan (23 november 2026)',
			'nog niet',
			'Gemaakt op 24 november 2026'
		])
			expect(text).toContain(s);
		// The wheel is inline SVG, one line per participant who scored.
		expect(html).toMatch(/<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
		// Actions are table rows under the four column headers.
		expect(html).toContain('<th scope="col">Wat</th><th scope="col">Wie</th>');
		expect(html.match(/<tr>/g)).toHaveLength(2 + 5);
		// User text says its own direction, so Hebrew and Arabic read right to left.
		expect(html).toContain(`<span class="user" dir="auto">${HOSTILE.arabic}</span>`);
		expect(html).toContain('overflow-wrap:anywhere');
		expect(html).toContain('break-inside:avoid');
	});

	test('child: own actions first, in simple words and big type', () => {
		const html = planToHtml(samplePlanDocument(), 'child');
		const text = visibleText(html);
		const mine = text.indexOf('Dit ga ik doen');
		const others = text.indexOf('Dit doen anderen');
		expect(mine).toBeGreaterThan(0);
		expect(others).toBeGreaterThan(mine);
		const childAction = text.indexOf('Noë vraagt een klasgenoot om samen te spelen');
		const parentAction = text.indexOf('Elke avond tien minuten samen praten over de dag');
		expect(childAction).toBeGreaterThan(mine);
		expect(childAction).toBeLessThan(others);
		expect(parentAction).toBeGreaterThan(others);
		expect(text).toContain('Wanneer kijken we weer?');
		expect(text).toContain('Hier werken we aan');
		expect(html).toContain('.child{font-size:1.35rem}');
		// The child version leaves out the worries and the numbers.
		expect(text).not.toContain('Zorgen');
		expect(html).not.toContain('<svg');
	});

	test('an empty plan says what is missing and has no safety section', () => {
		const text = visibleText(planToHtml(emptyPlanDocument(), 'adult'));
		expect(text).toContain('Nog geen speerpunten gekozen.');
		expect(text).toContain('nog geen datum gekozen');
		expect(text).not.toContain('Afspraken over veiligheid');
	});
});

describe('planToHtml with a terugblik', () => {
	const html = planToHtml(sampleFollowUpDocument(), 'adult');
	const review = html.slice(
		html.indexOf('<h2>Terugblik</h2>'),
		html.indexOf('<h2>Kansencirkel</h2>')
	);

	test('comes after who takes part, with outcomes, notes, goal ratings and changes', () => {
		expect(html.indexOf('<h2>Wie doen er mee</h2>')).toBeLessThan(
			html.indexOf('<h2>Terugblik</h2>')
		);
		const text = visibleText(review).replace(/\s+/g, ' ');
		expect(text).toContain('Elke avond even praten (Mama) : Deels (Lukte drie keer per week)');
		expect(text).toContain('Gehoord worden : Slechter dan we hoopten');
		expect(text).toContain('Veilig zijn : Mama van 5 naar 7');
		expect(text).toContain('Noor van Verdrietig naar Blij');
		// User text (the note) keeps its own direction.
		expect(review).toContain('<span class="source" dir="auto">(Lukte drie keer per week)</span>');
	});

	test('draws the wheel with last time dashed, in the same colour as now', () => {
		const svg = review.slice(review.indexOf('<svg'), review.indexOf('</svg>'));
		expect(svg).toContain('Noor (nu)');
		expect(svg).toContain('Noor (vorige keer)');
		expect(svg).toContain('Opa (vorige keer)');
		expect(svg).not.toContain('Opa (nu)');
		const dashed = svg.match(/stroke-dasharray="9 6"/g) ?? [];
		// The line and the legend sample of each of the three moments of last time.
		expect(dashed.length).toBeGreaterThanOrEqual(3);
	});

	test("the child's version says what the child did, and nothing of the adults' terugblik", () => {
		const child = planToHtml(sampleFollowUpDocument(), 'child');
		expect(child).toContain('<h2>Dit heb ik gedaan!</h2>');
		expect(visibleText(child)).toContain('Gelukt!');
		expect(child).not.toContain('Terugblik');
		expect(child).not.toContain('Lukte drie keer per week');
	});
});
