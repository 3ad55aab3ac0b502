import { getElement, type ElementId } from '$lib/domain/elements';
import { formatDate } from '$lib/i18n';
import { exportText as t, formatDay, formatWhen, language, LANGUAGES } from '$lib/i18n';
import { loadPdfMake } from './pdf-fonts';
import { fontsUsed, withScripts } from './pdf-scripts';
import type { DocFocus, DocItem, PlanDocument } from './plan-document';
import { agreementText, itemSource, splitActions, type PlacedAction } from './plan-text';
import { renderWheelSvg } from './wheel-svg';

/*
 * The plan as a PDF, made on the device with pdfmake 0.3. pdfmake and its fonts (pdf-fonts.ts)
 * are loaded only inside planToPdf, so no page loads them before someone asks for a PDF.
 * pdfmake draws text as text: user strings are never interpreted, so nothing needs escaping
 * here (the wheel SVG escapes its own names).
 */

// The few pdfmake 0.3 shapes used here; pdfmake ships no TypeScript types.
type Content = string | Content[] | { [key: string]: unknown };
type Margins = [number, number, number, number];
interface TableLayout {
	hLineWidth?: (i: number, node: TableNode) => number;
	vLineWidth?: (i: number, node: TableNode) => number;
	hLineColor?: (i: number, node: TableNode) => string;
	vLineColor?: (i: number, node: TableNode) => string;
	fillColor?: (row: number, node: TableNode) => string | null;
	paddingLeft?: (i: number, node: TableNode) => number;
	paddingRight?: (i: number, node: TableNode) => number;
	paddingTop?: (i: number, node: TableNode) => number;
	paddingBottom?: (i: number, node: TableNode) => number;
}
interface TableNode {
	table: { body: unknown[][]; widths?: unknown[] };
}
interface NodeInfo {
	headlineLevel?: number;
}
interface PageBreakQueries {
	getFollowingNodesOnPage(): NodeInfo[];
}
const INK = '#1f2a2c';
const MUTED = '#4a5759';
const LINE = '#d5cfc4';
const ACCENT = '#2f5d62';
const SOFT = '#f4f1ea';
const GREEN = '#2d6a2f';
const AMBER = '#8a5a00';

/** A4 is 595 × 842 pt; margins of about 20 mm. */
const PAGE_WIDTH = 595.28;
const MARGIN_X = 56;
const CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X;

const HEADING = 1;
const SUBHEADING = 2;
const DECORATION = 9;
const FOOTER = 8;

interface Scale {
	body: number;
	small: number;
	h1: number;
	h2: number;
	h3: number;
}
const FULL: Scale = { body: 10.5, small: 8.5, h1: 22, h2: 13.5, h3: 12 };
const CHILD: Scale = { body: 15, small: 11.5, h1: 30, h2: 19, h3: 16 };

const rule = (
	colour: string,
	width = CONTENT_WIDTH,
	thickness = 1,
	margin: Margins = [0, 2, 0, 8]
) => ({
	canvas: [
		{ type: 'line', x1: 0, y1: 0, x2: width, y2: 0, lineWidth: thickness, lineColor: colour }
	],
	margin,
	headlineLevel: DECORATION
});

function heading(text: string, s: Scale): Content[] {
	return [
		{
			text,
			fontSize: s.h2,
			bold: true,
			color: ACCENT,
			margin: [0, 14, 0, 2],
			headlineLevel: HEADING
		},
		rule(SOFT, CONTENT_WIDTH, 1.5)
	];
}

const section = (title: string, body: Content, s: Scale): Content[] => [...heading(title, s), body];

const muted = (text: string, s: Scale) => ({ text, color: MUTED, fontSize: s.body });

/** A small square in the element's colour before its name. */
function swatch(id: ElementId, size: number): Content {
	const el = getElement(id);
	return {
		canvas: [
			{
				type: 'rect',
				x: 0,
				y: 0,
				w: size,
				h: size,
				r: 2,
				color: el.colour,
				lineColor: el.strong,
				lineWidth: 1.5
			}
		],
		width: size + 6,
		margin: [0, 2, 0, 0]
	};
}

function itemList(list: readonly DocItem[], s: Scale): Content {
	if (list.length === 0) return muted(t.nothing, s);
	return {
		ul: list.map((i) => {
			const source = itemSource(i);
			return {
				text: [
					i.text,
					...(source ? [{ text: `  (${source})`, color: MUTED, fontSize: s.small }] : [])
				],
				margin: [0, 1, 0, 3],
				unbreakable: true
			};
		}),
		markerColor: ACCENT
	};
}

const cell = (text: string, s: Scale) =>
	text.trim() ? { text, fontSize: s.body } : { text: t.empty, color: MUTED, fontSize: s.body };

function actionTable(f: DocFocus, s: Scale): Content {
	if (f.actions.length === 0) return { ...muted(t.noActions, s), margin: [0, 2, 0, 0] };
	const strong = getElement(f.elementId).strong;
	const header = [t.what, t.who, t.when, t.support].map((h) => ({
		text: h,
		bold: true,
		fontSize: s.small + 0.5,
		color: INK
	}));
	const layout: TableLayout = {
		hLineWidth: (i, node) =>
			i === 0 ? 0 : i === 1 ? 1.2 : i === node.table.body.length ? 0.8 : 0.5,
		vLineWidth: () => 0,
		hLineColor: (i) => (i === 1 ? strong : LINE),
		fillColor: (row) => (row === 0 ? SOFT : null),
		paddingLeft: () => 6,
		paddingRight: () => 6,
		paddingTop: () => 4,
		paddingBottom: () => 4
	};
	return {
		table: {
			headerRows: 1,
			dontBreakRows: true,
			widths: ['*', 92, 78, 96],
			body: [
				header,
				...f.actions.map((a) => [
					cell(a.what, s),
					cell(a.who, s),
					cell(formatWhen(a.when), s),
					cell(a.support, s)
				])
			]
		},
		layout,
		margin: [0, 4, 0, 0]
	};
}

function focusBlock(f: DocFocus, s: Scale): Content {
	const el = getElement(f.elementId);
	return {
		stack: [
			{
				columns: [
					swatch(f.elementId, 11),
					{ text: f.element, fontSize: s.h3, bold: true, color: INK }
				],
				columnGap: 2,
				headlineLevel: SUBHEADING
			},
			rule(el.strong, 120, 1.5, [17, 3, 0, 6]),
			{
				text: [
					{ text: `${t.goal}: `, bold: true },
					f.goal.trim() ? f.goal : { text: t.noGoal, color: MUTED }
				],
				margin: [0, 0, 0, 2]
			},
			actionTable(f, s)
		],
		margin: [0, 8, 0, 8]
	};
}

const plainLayout: TableLayout = {
	hLineWidth: (i, node) => (i === 0 || i === node.table.body.length ? 0 : 0.5),
	vLineWidth: () => 0,
	hLineColor: () => LINE,
	paddingLeft: (i) => (i === 0 ? 0 : 8),
	paddingRight: () => 0,
	paddingTop: () => 4,
	paddingBottom: () => 4
};

function agreementTable(
	doc: PlanDocument,
	s: Scale,
	yes: (at: number) => string,
	no: string
): Content {
	return {
		table: {
			widths: ['*', 'auto'],
			dontBreakRows: true,
			body: doc.agreements.map((a) => [
				{ text: a.name, fontSize: s.body },
				a.at === null
					? { text: no, color: MUTED, fontSize: s.body, alignment: 'right' }
					: { text: yes(a.at), color: GREEN, bold: true, fontSize: s.body, alignment: 'right' }
			])
		},
		layout: plainLayout
	};
}

function fullContent(doc: PlanDocument): Content[] {
	const s = FULL;
	const statusColour = doc.status === 'agreed' ? GREEN : AMBER;
	const content: Content[] = [
		{ text: t.title.toUpperCase(), fontSize: 9, bold: true, color: ACCENT },
		{ text: doc.title, fontSize: s.h1, bold: true, color: INK, margin: [0, 2, 0, 4] },
		{
			text: [
				t.conversationOf(formatDate(doc.conversationAt)),
				'   ·   ',
				`${t.statusLabel}: `,
				{ text: t.status[doc.status], bold: true, color: statusColour }
			],
			color: MUTED
		},
		{ text: t.statusHelp[doc.status], color: MUTED, fontSize: s.small, margin: [0, 1, 0, 0] },
		rule(ACCENT, CONTENT_WIDTH, 2, [0, 10, 0, 0])
	];

	content.push(
		...section(
			t.participants,
			{
				stack: [
					{
						table: {
							widths: [150, '*'],
							dontBreakRows: true,
							body: doc.participants.map((p) => [
								{ text: p.name, bold: true },
								{ text: p.role, color: MUTED }
							])
						},
						layout: plainLayout
					},
					{
						text: [
							{ text: `${t.regisseur}: `, bold: true },
							doc.regisseur ?? { text: t.noRegisseur, color: MUTED }
						],
						margin: [0, 8, 0, 0]
					}
				]
			},
			s
		)
	);
	content.push(
		...section(
			t.wheel,
			{
				svg: renderWheelSvg(doc.wheel, { size: 340 }),
				width: 340,
				alignment: 'center',
				margin: [0, 4, 0, 0]
			},
			s
		)
	);
	content.push(...section(t.strengths, itemList(doc.strengths, s), s));
	content.push(...section(t.worries, itemList(doc.worries, s), s));
	content.push(
		...section(
			t.focus,
			doc.focus.length ? doc.focus.map((f) => focusBlock(f, s)) : muted(t.noFocus, s),
			s
		)
	);
	content.push(
		...section(t.planB, doc.planB.trim() ? { text: doc.planB } : muted(t.nothing, s), s)
	);
	if (doc.safety.trim()) content.push(...section(t.safety, { text: doc.safety }, s));
	content.push(
		...section(
			t.evaluation,
			doc.evaluationDate
				? { text: formatDay(doc.evaluationDate), bold: true, fontSize: 12 }
				: muted(t.noEvaluation, s),
			s
		)
	);
	content.push(
		...section(
			t.agreement,
			agreementTable(doc, s, (at) => agreementText(at), t.notYet),
			s
		)
	);
	return content;
}

/** A coloured card per action or focus element, for the child version. */
function card(id: ElementId, body: Content[]): Content {
	const el = getElement(id);
	return {
		table: { widths: ['*'], dontBreakRows: true, body: [[{ stack: body }]] },
		layout: {
			hLineWidth: () => 0,
			vLineWidth: (i: number) => (i === 0 ? 6 : 0),
			vLineColor: () => el.strong,
			fillColor: () => el.colour,
			paddingLeft: () => 12,
			paddingRight: () => 10,
			paddingTop: () => 7,
			paddingBottom: () => 7
		} satisfies TableLayout,
		margin: [0, 0, 0, 8]
	};
}

function actionCards(list: readonly PlacedAction[], showWho: boolean, s: Scale): Content[] {
	return list.map((a) => {
		const details = [
			a.element,
			a.when.trim() ? `${t.child.when}: ${formatWhen(a.when)}` : '',
			a.support.trim() ? t.child.helper(a.support) : ''
		].filter(Boolean);
		return card(a.elementId, [
			{
				text: [...(showWho ? [{ text: `${a.who}: `, bold: true }] : []), a.what],
				fontSize: s.body,
				bold: !showWho
			},
			{ text: details.join('  ·  '), fontSize: s.small, color: INK, margin: [0, 3, 0, 0] }
		]);
	});
}

function childContent(doc: PlanDocument): Content[] {
	const s = CHILD;
	const c = t.child;
	const { mine, others } = splitActions(doc);
	const children = doc.participants.filter((p) => p.child).length;
	const content: Content[] = [
		{ text: c.title, fontSize: s.h1, bold: true, color: INK },
		{ text: doc.title, fontSize: s.h3, color: MUTED, margin: [0, 2, 0, 2] },
		{ text: c.intro, margin: [0, 0, 0, 4] },
		rule(ACCENT, CONTENT_WIDTH, 2, [0, 6, 0, 0])
	];
	content.push(
		...section(c.mine, mine.length ? actionCards(mine, children > 1, s) : { text: c.noMine }, s)
	);
	content.push(
		...section(
			c.focus,
			doc.focus.length
				? doc.focus.map((f) =>
						card(f.elementId, [
							{ text: f.element, bold: true, fontSize: s.h3 },
							...(f.goal.trim() ? [{ text: f.goal, margin: [0, 2, 0, 0] }] : [])
						])
					)
				: { text: t.noFocus },
			s
		)
	);
	content.push(
		...section(c.others, others.length ? actionCards(others, true, s) : { text: c.noOthers }, s)
	);
	if (doc.strengths.length) content.push(...section(c.strengths, itemList(doc.strengths, s), s));
	if (doc.planB.trim()) content.push(...section(c.planB, { text: doc.planB }, s));
	if (doc.safety.trim()) content.push(...section(c.safety, { text: doc.safety }, s));
	content.push(
		...section(
			c.evaluation,
			{
				text: doc.evaluationDate ? formatDay(doc.evaluationDate) : c.noEvaluation,
				bold: true,
				fontSize: s.h3
			},
			s
		)
	);
	content.push(
		...section(
			c.agreement,
			agreementTable(doc, s, () => c.agreed, c.notYet),
			s
		)
	);
	return content;
}

/** Never leave a heading alone at the bottom of a page. */
function pageBreakBefore(node: NodeInfo, queries: PageBreakQueries): boolean {
	if (node.headlineLevel !== HEADING && node.headlineLevel !== SUBHEADING) return false;
	// Footer nodes count as "on the page" too, so only real content decides.
	const after = queries
		.getFollowingNodesOnPage()
		.filter((n) => n.headlineLevel !== DECORATION && n.headlineLevel !== FOOTER);
	return after.length === 0;
}

/** The definition pdfmake renders; exported for tests that look at the structure. */
export function planPdfDefinition(
	doc: PlanDocument,
	variant: 'full' | 'child'
): Record<string, unknown> {
	// Every text as runs per script (Arabic, Hebrew and emoji fonts), right to left in order.
	return withScripts(layout(doc, variant), LANGUAGES[language.current].dir);
}

function layout(doc: PlanDocument, variant: 'full' | 'child'): Record<string, unknown> {
	const child = variant === 'child';
	const s = child ? CHILD : FULL;
	const title = `${child ? t.child.title : t.title} – ${doc.title}`;
	return {
		info: {
			title,
			subject: t.title,
			creator: 'Kansencirkel',
			producer: 'Kansencirkel',
			creationDate: new Date(doc.generatedAt)
		},
		language: language.locale,
		pageSize: 'A4',
		pageMargins: [MARGIN_X, 52, MARGIN_X, 56],
		defaultStyle: { font: 'Roboto', fontSize: s.body, lineHeight: 1.25, color: INK },
		content: child ? childContent(doc) : fullContent(doc),
		pageBreakBefore,
		footer: (page: number, pages: number) => ({
			columns: [
				{
					text: `${title}  ·  ${t.generatedAt(formatDate(doc.generatedAt))}`,
					width: '*',
					headlineLevel: FOOTER
				},
				{ text: t.page(page, pages), width: 'auto', alignment: 'right', headlineLevel: FOOTER }
			],
			headlineLevel: FOOTER,
			fontSize: 8.5,
			color: MUTED,
			margin: [MARGIN_X, 22, MARGIN_X, 0]
		})
	};
}

/** The plan (or the child's plan) as an A4 PDF. */
export async function planToPdf(doc: PlanDocument, variant: 'full' | 'child'): Promise<Blob> {
	const definition = planPdfDefinition(doc, variant);
	const maker = await loadPdfMake(fontsUsed(definition));
	return maker.createPdf(definition).getBlob();
}
