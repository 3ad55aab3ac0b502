import type { ClassRecord } from '$lib/domain/class-session';
import { getElement, type ElementId } from '$lib/domain/elements';
import { exportText as t, language, LANGUAGES } from '$lib/i18n';
import { loadPdfMake } from './pdf-fonts';
import { fontsUsed, withScripts } from './pdf-scripts';
import type { PlanDocument } from './plan-document';
import {
	classLayout,
	planLayout,
	type Audience,
	type Block,
	type ClassPosterOptions,
	type Field,
	type Header,
	type PageSize,
	type PlanLayout
} from './plan-layout';
import { faceSvg } from '$lib/wheel';
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

/** A4 is 595 × 842 pt; margins of about 20 mm. A3 is A4 scaled by √2. */
const PAGE_WIDTH = 595.28;
const MARGIN_X = 56;
const CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X;
const A3_FACTOR = 841.89 / PAGE_WIDTH;

const HEADING = 1;
const SUBHEADING = 2;
const DECORATION = 9;
const FOOTER = 8;

/** Type sizes and measures of one kind of document, in pt. */
interface Scale {
	body: number;
	small: number;
	h1: number;
	h2: number;
	h3: number;
	/** A class agreement on the poster. */
	big: number;
	/** The left and right page margin, and the width between them. */
	marginX: number;
	width: number;
	wheel: number;
	face: number;
	footer: number;
}
const PLAN = { marginX: MARGIN_X, width: CONTENT_WIDTH, wheel: 340, face: 40, footer: 8.5 };
const FULL: Scale = { body: 10.5, small: 8.5, h1: 22, h2: 13.5, h3: 12, big: 13.5, ...PLAN };
const CHILD: Scale = { body: 15, small: 11.5, h1: 30, h2: 19, h3: 16, big: 19, ...PLAN };
/** The class poster on A4: read from across the classroom, agreements at 28 pt. */
const POSTER: Scale = {
	body: 16,
	small: 13,
	h1: 40,
	h2: 24,
	h3: 19,
	big: 28,
	marginX: 48,
	width: PAGE_WIDTH - 2 * 48,
	wheel: 360,
	face: 54,
	footer: 10
};
/** Every size times `k` (the A3 poster: A4's by √2). */
const scaled = (s: Scale, k: number): Scale =>
	Object.fromEntries(Object.entries(s).map(([key, v]) => [key, v * k])) as unknown as Scale;

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

function heading(text: string, s: Scale, elementId?: ElementId): Content[] {
	const margin = [0, s.h2 * 1.05, 0, 2];
	if (elementId === undefined)
		return [
			{ text, fontSize: s.h2, bold: true, color: ACCENT, margin, headlineLevel: HEADING },
			rule(SOFT, s.width, 1.5)
		];
	// A section about one element: its colour before its name, a rule in its strong colour.
	return [
		{
			columns: [swatch(elementId, s.h2 * 0.8), { text, fontSize: s.h2, bold: true, color: INK }],
			columnGap: 4,
			margin,
			headlineLevel: HEADING
		},
		rule(getElement(elementId).strong, s.width, 2)
	];
}

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

function itemList(b: Extract<Block, { kind: 'items' }>, s: Scale): Content {
	return {
		ul: b.items.map((i) => ({
			text: [
				i.text,
				...(i.source ? [{ text: `  (${i.source})`, color: MUTED, fontSize: s.small }] : [])
			],
			margin: [0, 1, 0, 3],
			unbreakable: true
		})),
		markerColor: ACCENT
	};
}

const field = (f: Field, margin: Margins) => ({
	text: [
		{ text: `${f.label}: `, bold: true },
		f.value === null ? { text: f.missing, color: MUTED } : f.value
	],
	margin
});

/** Widths of the wie, wanneer and steun columns; wat takes the rest of the line. */
const ACTION_COLUMNS = [92, 78, 96];
const CELL_PADDING = 12;
const WHAT_WIDTH =
	PAGE_WIDTH - 2 * MARGIN_X - ACTION_COLUMNS.reduce((a, b) => a + b, 0) - 4 * CELL_PADDING;

function actionTable(b: Extract<Block, { kind: 'focus' }>, s: Scale): Content {
	if (b.rows.length === 0) return { ...muted(b.noActions, s), margin: [0, 2, 0, 0] };
	const strong = getElement(b.elementId).strong;
	const cell = (text: string) =>
		text.trim() ? { text, fontSize: s.body } : { text: b.blank, color: MUTED, fontSize: s.body };
	const header = b.columns.map((h) => ({
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
		paddingLeft: () => CELL_PADDING / 2,
		paddingRight: () => CELL_PADDING / 2,
		paddingTop: () => 4,
		paddingBottom: () => 4
	};
	return {
		table: {
			headerRows: 1,
			dontBreakRows: true,
			// A fixed width, not '*': pdfmake widens a '*' column to its longest unbreakable word,
			// which pushed wie, wanneer and steun off the page. Fixed, a long word wraps.
			widths: [WHAT_WIDTH, ...ACTION_COLUMNS],
			body: [header, ...b.rows.map((row) => row.map(cell))]
		},
		layout,
		margin: [0, 4, 0, 0]
	};
}

function focusBlock(b: Extract<Block, { kind: 'focus' }>, s: Scale): Content {
	const el = getElement(b.elementId);
	return {
		stack: [
			{
				columns: [
					swatch(b.elementId, 11),
					{ text: b.element, fontSize: s.h3, bold: true, color: INK }
				],
				columnGap: 2,
				headlineLevel: SUBHEADING
			},
			rule(el.strong, 120, 1.5, [17, 3, 0, 6]),
			...(b.forWhom ? [{ text: b.forWhom, bold: true, margin: [0, 0, 0, 2] } as Content] : []),
			field(b.goal, [0, 0, 0, 2]),
			actionTable(b, s)
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

/** A class agreement: wat in big type, wie and wanneer below it, on a soft card. */
function pledge(
	p: Extract<Block, { kind: 'pledges' }>['cards'][number],
	b: Extract<Block, { kind: 'pledges' }>,
	s: Scale
): Content {
	const line = (label: string, value: string) => ({
		text: [{ text: `${label}: `, bold: true }, value],
		fontSize: s.h3,
		margin: [0, s.h3 * 0.2, 0, 0]
	});
	return {
		table: {
			widths: ['*'],
			dontBreakRows: true,
			body: [
				[
					{
						stack: [
							{ text: p.what, fontSize: s.big, bold: true, lineHeight: 1.15 },
							line(b.whoLabel, p.who),
							...(p.when ? [line(b.whenLabel, p.when)] : [])
						]
					}
				]
			]
		},
		layout: {
			hLineWidth: () => 0,
			vLineWidth: (i: number) => (i === 0 ? s.big * 0.3 : 0),
			vLineColor: () => ACCENT,
			fillColor: () => SOFT,
			paddingLeft: () => s.big * 0.6,
			paddingRight: () => s.big * 0.5,
			paddingTop: () => s.big * 0.35,
			paddingBottom: () => s.big * 0.4
		} satisfies TableLayout,
		margin: [0, 0, 0, s.big * 0.45]
	};
}

/** The class picture: each face in the element's colour, its name and how many chose it. */
function faceRow(b: Extract<Block, { kind: 'faces' }>, s: Scale): Content {
	const el = getElement(b.elementId);
	return {
		stack: [
			{ text: b.caption, bold: true, fontSize: s.body, margin: [0, 0, 0, 4] },
			{
				columns: b.faces.map((f) => ({
					stack: [
						{
							svg: faceSvg(f.face, { size: s.face, fill: el.colour }),
							width: s.face,
							alignment: 'center'
						},
						{
							text: f.label,
							fontSize: s.small,
							color: MUTED,
							alignment: 'center',
							margin: [0, 3, 0, 0]
						},
						{ text: f.count, fontSize: s.h3, bold: true, alignment: 'center' }
					],
					width: '*'
				})),
				columnGap: 6
			}
		],
		unbreakable: true,
		margin: [0, 2, 0, 8]
	};
}

function block(b: Block, s: Scale): Content {
	switch (b.kind) {
		case 'empty':
			return b.quiet ? muted(b.text, s) : { text: b.text };
		case 'text':
			return { text: b.text };
		case 'people':
			return {
				table: {
					widths: [150, '*'],
					dontBreakRows: true,
					body: b.people.map((p) => [
						{ text: p.name, bold: true },
						{ text: p.role, color: MUTED }
					])
				},
				layout: plainLayout
			};
		case 'field':
			return field(b, [0, 8, 0, 0]);
		case 'wheel':
			return {
				svg: renderWheelSvg(b.wheel, {
					size: s.wheel,
					legend: b.legend,
					...(b.styles ? { styles: b.styles } : {})
				}),
				width: s.wheel,
				alignment: 'center',
				margin: [0, 4, 0, 0]
			};
		case 'items':
			return itemList(b, s);
		case 'focus':
			return focusBlock(b, s);
		case 'goals':
			return b.goals.map((g) =>
				card(g.elementId, [
					{ text: g.element, bold: true, fontSize: s.h3 },
					...(g.goal ? [{ text: g.goal, margin: [0, 2, 0, 0] }] : [])
				])
			);
		case 'actions':
			return b.cards.map((a) =>
				card(a.elementId, [
					{
						text: [...(a.who === null ? [] : [{ text: `${a.who}: `, bold: true }]), a.what],
						fontSize: s.body,
						bold: a.who === null
					},
					{
						text: [a.element, a.when ? `${b.whenLabel}: ${a.when}` : '', a.helper]
							.filter(Boolean)
							.join('  ·  '),
						fontSize: s.small,
						color: INK,
						margin: [0, 3, 0, 0]
					}
				])
			);
		case 'date':
			return { text: b.text, bold: true, fontSize: s.h3 };
		case 'pledges':
			return b.cards.map((p) => pledge(p, b, s));
		case 'faces':
			return faceRow(b, s);
		case 'review':
			return [
				{ text: b.caption, bold: true, fontSize: s.h3, margin: [0, 6, 0, 2] },
				{
					ul: b.rows.map((r) => ({
						text: [
							`${r.label}: `,
							{ text: r.value, bold: true },
							...(r.note ? [{ text: `  (${r.note})`, color: MUTED, fontSize: s.small }] : [])
						],
						margin: [0, 1, 0, 3],
						unbreakable: true
					})),
					markerColor: ACCENT
				}
			];
		case 'agreements':
			return {
				table: {
					widths: ['*', 'auto'],
					dontBreakRows: true,
					body: b.rows.map((r) => [
						{ text: r.name, fontSize: s.body },
						r.agreed
							? { text: r.answer, color: GREEN, bold: true, fontSize: s.body, alignment: 'right' }
							: { text: r.answer, color: MUTED, fontSize: s.body, alignment: 'right' }
					])
				},
				layout: plainLayout
			};
	}
}

function header(h: Header, s: Scale): Content[] {
	const content: Content[] = [];
	if (h.kicker)
		content.push({ text: h.kicker.toUpperCase(), fontSize: 9, bold: true, color: ACCENT });
	if (h.heading) {
		content.push(
			{ text: h.heading, fontSize: s.h1, bold: true, color: INK },
			{ text: h.title, fontSize: s.h3, color: MUTED, margin: [0, 2, 0, 2] }
		);
	} else {
		content.push({ text: h.title, fontSize: s.h1, bold: true, color: INK, margin: [0, 2, 0, 4] });
	}
	if (h.meta && h.status)
		content.push(
			{
				text: [
					h.meta,
					'   ·   ',
					`${h.status.label}: `,
					{
						text: h.status.value,
						bold: true,
						color: h.status.status === 'agreed' ? GREEN : AMBER
					}
				],
				color: MUTED
			},
			{ text: h.status.help, color: MUTED, fontSize: s.small, margin: [0, 1, 0, 0] }
		);
	if (h.intro) content.push({ text: h.intro, margin: [0, 0, 0, 4] });
	content.push(rule(ACCENT, s.width, 2, [0, h.heading ? 6 : 10, 0, 0]));
	return content;
}

function content(layout: PlanLayout, s: Scale): Content[] {
	return [
		...header(layout.header, s),
		...layout.sections.flatMap((section): Content[] => {
			const parts = [
				...heading(section.heading, s, section.elementId),
				section.blocks.length === 1
					? block(section.blocks[0]!, s)
					: { stack: section.blocks.map((b) => block(b, s)) }
			];
			// A class poster's element is short (faces and a few lines): it stays on one page
			// with its heading, rather than leaving the heading alone at the foot of a page.
			return layout.audience === 'class' && section.elementId
				? [{ stack: parts, unbreakable: true }]
				: parts;
		})
	];
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
	audience: Audience,
	childId?: string
): Record<string, unknown> {
	return definition(
		planLayout(doc, audience, childId),
		audience === 'child' ? CHILD : FULL,
		'A4',
		doc.generatedAt
	);
}

/**
 * The class poster's definition (classLayout): A4 or A3 portrait, the same blocks in big type
 * (agreements at 28 pt on A4, everything by √2 on A3).
 */
export function classPosterPdfDefinition(
	record: ClassRecord,
	opts: ClassPosterOptions
): Record<string, unknown> {
	const pageSize = opts.pageSize ?? 'A4';
	return definition(
		classLayout(record, opts),
		pageSize === 'A3' ? scaled(POSTER, A3_FACTOR) : POSTER,
		pageSize,
		opts.generatedAt
	);
}

function definition(
	layout: PlanLayout,
	s: Scale,
	pageSize: PageSize,
	generatedAt: number
): Record<string, unknown> {
	// Every text as runs per script (Arabic, Hebrew and emoji fonts), right to left in order.
	return withScripts(
		definitionOf(layout, s, pageSize, generatedAt),
		LANGUAGES[language.current].dir
	);
}

function definitionOf(
	layout: PlanLayout,
	s: Scale,
	pageSize: PageSize,
	generatedAt: number
): Record<string, unknown> {
	const title = layout.title;
	const k = s.marginX / MARGIN_X;
	return {
		info: {
			title: layout.fileTitle,
			subject: layout.audience === 'class' ? layout.fileTitle : t.title,
			creator: 'Kansencirkel',
			producer: 'Kansencirkel',
			creationDate: new Date(generatedAt)
		},
		language: language.locale,
		pageSize,
		pageOrientation: 'portrait',
		pageMargins: [s.marginX, 52 * k, s.marginX, 56 * k],
		defaultStyle: { font: 'Roboto', fontSize: s.body, lineHeight: 1.25, color: INK },
		content: content(layout, s),
		pageBreakBefore,
		footer: (page: number, pages: number) => ({
			columns: [
				{
					text: `${title}  ·  ${layout.footer}`,
					width: '*',
					headlineLevel: FOOTER
				},
				{ text: t.page(page, pages), width: 'auto', alignment: 'right', headlineLevel: FOOTER }
			],
			headlineLevel: FOOTER,
			fontSize: s.footer,
			color: MUTED,
			margin: [s.marginX, 22 * k, s.marginX, 0]
		})
	};
}

/** The plan (or the child's plan) as an A4 PDF. */
export async function planToPdf(
	doc: PlanDocument,
	audience: Audience,
	childId?: string
): Promise<Blob> {
	const definition = planPdfDefinition(doc, audience, childId);
	const maker = await loadPdfMake(fontsUsed(definition));
	return maker.createPdf(definition).getBlob();
}

/** The class poster (klassenafspraken) as a PDF, A4 unless A3 is asked for. */
export async function classPosterToPdf(
	record: ClassRecord,
	opts: ClassPosterOptions
): Promise<Blob> {
	const definition = classPosterPdfDefinition(record, opts);
	const maker = await loadPdfMake(fontsUsed(definition));
	return maker.createPdf(definition).getBlob();
}
