import { getElement, type ElementId } from '$lib/domain/elements';
import { exportText as t, language, LANGUAGES } from '$lib/i18n';
import { loadPdfMake } from './pdf-fonts';
import { fontsUsed, withScripts } from './pdf-scripts';
import type { PlanDocument } from './plan-document';
import {
	planLayout,
	type Audience,
	type Block,
	type Field,
	type Header,
	type PlanLayout
} from './plan-layout';
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
				svg: renderWheelSvg(b.wheel, { size: 340 }),
				width: 340,
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
	content.push(rule(ACCENT, CONTENT_WIDTH, 2, [0, h.heading ? 6 : 10, 0, 0]));
	return content;
}

function content(layout: PlanLayout, s: Scale): Content[] {
	return [
		...header(layout.header, s),
		...layout.sections.flatMap((section) => [
			...heading(section.heading, s),
			section.blocks.length === 1
				? block(section.blocks[0]!, s)
				: { stack: section.blocks.map((b) => block(b, s)) }
		])
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
	// Every text as runs per script (Arabic, Hebrew and emoji fonts), right to left in order.
	return withScripts(definitionOf(doc, audience, childId), LANGUAGES[language.current].dir);
}

function definitionOf(
	doc: PlanDocument,
	audience: Audience,
	childId?: string
): Record<string, unknown> {
	const layout = planLayout(doc, audience, childId);
	const s = audience === 'child' ? CHILD : FULL;
	const title = layout.title;
	return {
		info: {
			title: layout.fileTitle,
			subject: t.title,
			creator: 'Kansencirkel',
			producer: 'Kansencirkel',
			creationDate: new Date(doc.generatedAt)
		},
		language: language.locale,
		pageSize: 'A4',
		pageMargins: [MARGIN_X, 52, MARGIN_X, 56],
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
			fontSize: 8.5,
			color: MUTED,
			margin: [MARGIN_X, 22, MARGIN_X, 0]
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
