/*
 * Text for the PDF as runs that one font can draw, placed in the order a reader sees them.
 *
 * pdfmake draws text with Roboto (Latin, Greek, Cyrillic) and lays every line out left to right.
 * So each string is cut into runs per script: Arabic gets IBM Plex Sans Arabic, Hebrew Noto Sans Hebrew, emoji the
 * monochrome Noto Emoji; characters none of the fonts has (Chinese, Devanagari…) become "…",
 * which at least shows that something was written there.
 *
 * pdfmake has no right-to-left support (it hands fontkit one word at a time). fontkit shapes an
 * Arabic word (joining forms) and turns its letters around, but the words themselves would stand
 * left to right. So each paragraph gets a small version of the Unicode bidi algorithm (UAX #9:
 * first strong letter decides the direction, numbers and neutrals resolved, no explicit
 * embeddings), and the runs come out in visual order, left to right. Known limit: a right-to-left
 * run longer than one line wraps with its lines in the wrong order, because pdfmake breaks lines
 * after this step; short texts (names, headings, a sentence) are right.
 */

/** The fonts a PDF can use; Roboto is pdfmake's own, the others load when a text needs them. */
export type PdfFont = 'Roboto' | 'PlexArabic' | 'NotoHebrew' | 'NotoEmoji';

/** One piece of a pdfmake text: its string and style (bold, colour…), maybe a font. */
export type Inline = { text: string; font?: PdfFont } & Record<string, unknown>;

type Bidi = 'L' | 'R' | 'EN' | 'AN' | 'WS' | 'ON';

/** A base character with its combining marks (or a whole emoji sequence). */
interface Cluster {
	text: string;
	font: PdfFont;
	type: Bidi;
	style: number;
	level: number;
}

const ARABIC = /[\u0600-\u06ff\u0750-\u077f\u0870-\u08ff\ufb50-\ufdff\ufe70-\ufefc]/u;
const HEBREW = /[\u0590-\u05ff\ufb1d-\ufb4f]/u;
const ROBOTO =
	/[\s\u0020-\u036f\u0370-\u052f\u1e00-\u1fff\u2010-\u205f\u20a0-\u20cf\u2100-\u214f]/u;
/** A pictograph with its variation selector, skin tone and joined parts; a keycap; a flag. */
const EMOJI =
	/\p{Regional_Indicator}{2}|[#*0-9]\ufe0f?\u20e3|\p{Extended_Pictographic}[\ufe0e\ufe0f]?\p{Emoji_Modifier}?(?:\u200d\p{Extended_Pictographic}[\ufe0e\ufe0f]?\p{Emoji_Modifier}?)*[\u{e0020}-\u{e007f}]*/uy;
/** Direction marks, joiners and selectors outside an emoji: nothing to draw. */
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff]|\p{Variation_Selector}/u;
const MARK = /\p{M}/u;
/** Separators and signs that belong to a number: 1.000,50 · 10% · €5 · 3-4. */
const IN_NUMBER = /^[.,:/]$/;
const BY_NUMBER = /^[%‰$€£¥°#+\-–]$/;
const MIRROR: Record<string, string> = {
	'(': ')',
	')': '(',
	'[': ']',
	']': '[',
	'{': '}',
	'}': '{',
	'<': '>',
	'>': '<',
	'«': '»',
	'»': '«',
	'‹': '›',
	'›': '‹'
};

const rtlFont = (font: PdfFont) => font === 'PlexArabic' || font === 'NotoHebrew';

function bidiType(char: string, font: PdfFont): Bidi {
	if (/\s/u.test(char)) return 'WS';
	if (rtlFont(font)) {
		if (/[\u0660-\u0669\u06f0-\u06f9]/u.test(char)) return 'AN';
		return /\p{L}|[\u061b\u061f]/u.test(char) ? 'R' : 'ON';
	}
	if (/[0-9]/.test(char)) return 'EN';
	return /\p{L}/u.test(char) ? 'L' : 'ON';
}

/** Cuts one paragraph (no line breaks) into clusters with a font and a bidi type. */
function clusters(text: string, style: number, out: Cluster[]): void {
	let i = 0;
	while (i < text.length) {
		EMOJI.lastIndex = i;
		const emoji = EMOJI.exec(text)?.[0];
		const char = String.fromCodePoint(text.codePointAt(i)!);
		const previous = out.at(-1);
		// A lone © or ™ is text Roboto draws; with U+FE0F, or any other pictograph, it is an emoji.
		if (emoji && !(emoji === char && ROBOTO.test(char))) {
			out.push({ text: emoji, font: 'NotoEmoji', type: 'ON', style, level: 0 });
			i += emoji.length;
			continue;
		}
		i += char.length;
		if (MARK.test(char) || (char === '\u200c' && previous?.font === 'PlexArabic')) {
			// Combining marks (and the Persian non-joiner) stay with the letter before them.
			if (previous && previous.style === style && previous.type !== 'WS') previous.text += char;
			continue;
		}
		if (INVISIBLE.test(char)) continue;
		const font: PdfFont | null = ARABIC.test(char)
			? 'PlexArabic'
			: HEBREW.test(char)
				? 'NotoHebrew'
				: ROBOTO.test(char)
					? 'Roboto'
					: null;
		if (!font) {
			// A script none of the fonts has: one "…" for the whole run of it (spaces included).
			const before = out.at(-2);
			if (previous?.text === '…' && previous.style === style) continue;
			if (previous?.type === 'WS' && before?.text === '…' && before.style === style) {
				out.pop();
				continue;
			}
			out.push({ text: '…', font: 'Roboto', type: 'L', style, level: 0 });
			continue;
		}
		out.push({ text: char, font, type: bidiType(char, font), style, level: 0 });
	}
}

const strong = (t: Bidi): 'L' | 'R' | null =>
	t === 'L' ? 'L' : t === 'R' || t === 'AN' || t === 'EN' ? 'R' : null;

/** Resolves levels (UAX #9 rules P2–P3, W4–W7, N1–N2, I1–I2, L1) in place; returns the base. */
function resolveLevels(cs: Cluster[], fallback: 0 | 1): 0 | 1 {
	const first = cs.find((c) => c.type === 'L' || c.type === 'R');
	const base: 0 | 1 = first ? (first.type === 'R' ? 1 : 0) : fallback;
	const types = cs.map((c) => c.type);
	// W4/W5: separators between digits and signs next to digits are part of the number.
	for (let i = 0; i < types.length; i++) {
		if (types[i] !== 'ON') continue;
		const t = cs[i]!.text;
		if (IN_NUMBER.test(t) && types[i - 1] === 'EN' && types[i + 1] === 'EN') types[i] = 'EN';
		else if (BY_NUMBER.test(t) && (types[i - 1] === 'EN' || types[i + 1] === 'EN')) types[i] = 'EN';
	}
	// W7: European digits after a left-to-right letter (or at the start of an LTR paragraph).
	let last: 'L' | 'R' = base ? 'R' : 'L';
	for (let i = 0; i < types.length; i++) {
		if (types[i] === 'L' || types[i] === 'R') last = types[i] as 'L' | 'R';
		else if (types[i] === 'EN' && last === 'L') types[i] = 'L';
	}
	// N1/N2: neutrals between two of one direction take it; others the paragraph's direction.
	for (let i = 0; i < types.length;) {
		if (strong(types[i]!)) {
			i++;
			continue;
		}
		let j = i;
		while (j < types.length && !strong(types[j]!)) j++;
		const before = i > 0 ? strong(types[i - 1]!)! : base ? 'R' : 'L';
		const after = j < types.length ? strong(types[j]!)! : base ? 'R' : 'L';
		const dir = before === after ? before : base ? 'R' : 'L';
		for (let k = i; k < j; k++) types[k] = dir;
		i = j;
	}
	cs.forEach((c, i) => {
		const t = types[i]!;
		c.level = base ? (t === 'R' ? 1 : 2) : t === 'L' ? 0 : t === 'R' ? 1 : 2;
	});
	// L1: spaces at the end of the paragraph take its level.
	for (let i = cs.length - 1; i >= 0 && cs[i]!.type === 'WS'; i--) cs[i]!.level = base;
	return base;
}

/** L2: from the highest level down to the lowest odd one, reverse every run at that level+. */
function visualOrder(cs: Cluster[]): Cluster[] {
	const out = [...cs];
	const max = Math.max(0, ...out.map((c) => c.level));
	const lowestOdd = Math.min(...out.map((c) => (c.level % 2 ? c.level : Infinity)));
	for (let level = max; level >= lowestOdd && level > 0; level--) {
		for (let i = 0; i < out.length;) {
			if (out[i]!.level < level) {
				i++;
				continue;
			}
			let j = i;
			while (j < out.length && out[j]!.level >= level) j++;
			out.splice(i, j - i, ...out.slice(i, j).reverse());
			i = j;
		}
	}
	return out;
}

/** fontkit turns a string around when its first script letter is Arabic or Hebrew. */
const fontkitReverses = (c: Cluster) =>
	rtlFont(c.font) && /[\p{Script=Arabic}\p{Script=Hebrew}]/u.test(c.text);

/** Visual-order clusters as strings for pdfmake, one per font, level and style. */
function tokens(visual: Cluster[]): { text: string; font: PdfFont; style: number }[] {
	const out: { text: string; font: PdfFont; style: number; level: number; flip: boolean }[] = [];
	for (const c of visual) {
		const odd = c.level % 2 === 1;
		const flip = fontkitReverses(c);
		const text = odd && !flip ? (MIRROR[c.text] ?? c.text) : c.text;
		const prev = out.at(-1);
		const space = c.type === 'WS';
		const joins =
			prev &&
			prev.font === c.font &&
			prev.style === c.style &&
			prev.flip === flip &&
			prev.level === c.level &&
			// Right to left, spaces stay apart: pdfmake keeps a space with the word before it,
			// and fontkit would then draw it on the word's other side.
			(!odd || (!space && !/\s/u.test(prev.text)));
		// A run fontkit turns around is given in reverse, so that it ends up as seen.
		if (joins) prev.text = flip ? text + prev.text : prev.text + text;
		else out.push({ text, font: c.font, style: c.style, level: c.level, flip });
	}
	return out;
}

/**
 * A pdfmake text (a string, or inlines that may nest) as inlines to draw left to right, each
 * with the font it needs. Styles of the inlines are kept on every piece of them.
 * `direction` is used when a paragraph has no letter that decides (only digits or emoji).
 */
export function textRuns(text: unknown, direction: 'ltr' | 'rtl' = 'ltr'): Inline[] {
	const styles: Record<string, unknown>[] = [];
	const pieces: { text: string; style: number }[] = [];
	const flatten = (value: unknown, inherited: Record<string, unknown>) => {
		if (typeof value === 'string' || typeof value === 'number') {
			styles.push(inherited);
			pieces.push({ text: String(value), style: styles.length - 1 });
		} else if (Array.isArray(value)) for (const v of value) flatten(v, inherited);
		else if (value && typeof value === 'object' && 'text' in value) {
			const { text: inner, ...own } = value as Record<string, unknown>;
			flatten(inner, { ...inherited, ...own });
		}
	};
	flatten(text, {});

	const out: Inline[] = [];
	// Each line is its own paragraph for the bidi algorithm.
	let paragraph: Cluster[] = [];
	const flush = () => {
		resolveLevels(paragraph, direction === 'rtl' ? 1 : 0);
		for (const t of tokens(visualOrder(paragraph))) {
			const inline: Inline = { ...styles[t.style], text: t.text };
			if (t.font !== 'Roboto') inline.font = t.font;
			out.push(inline);
		}
		paragraph = [];
	};
	for (const piece of pieces) {
		const lines = piece.text.split('\n');
		lines.forEach((line, n) => {
			if (n > 0) {
				flush();
				out.push({ ...styles[piece.style], text: '\n' });
			}
			clusters(line, piece.style, paragraph);
		});
	}
	flush();
	return out;
}

/** True when the runs are the original text, unchanged, in Roboto: nothing to replace. */
function unchanged(text: unknown, runs: Inline[]): boolean {
	return typeof text === 'string' && runs.length === 1 && !runs[0]!.font && runs[0]!.text === text;
}

const CONTAINERS = ['stack', 'columns', 'ul', 'ol'];

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };
const unescapeXml = (s: string) =>
	s.replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ENTITIES[e]!);
const escapeXml = (s: string) =>
	s.replace(/[&<>"']/g, (c) => `&${Object.keys(ENTITIES).find((k) => ENTITIES[k] === c)};`);

/**
 * The texts of an SVG (the wheel's names and legend) as runs too: each piece that needs another
 * font becomes a <tspan font-family="…">, in visual order. pdfmake's SVG renderer looks the
 * family up among the PDF's fonts; Roboto pieces keep the family they inherit.
 */
export function svgRuns(svg: string, direction: 'ltr' | 'rtl' = 'ltr'): string {
	return svg.replace(/<text\b[^>]*>[\s\S]*?<\/text>/g, (element) =>
		element.replace(/>([^<]+)</g, (segment, escaped: string) => {
			const text = unescapeXml(escaped);
			const runs = textRuns(text, direction);
			if (unchanged(text, runs)) return segment;
			const pieces = runs.map((r) =>
				r.font ? `<tspan font-family="${r.font}">${escapeXml(r.text)}</tspan>` : escapeXml(r.text)
			);
			return `>${pieces.join('')}<`;
		})
	);
}

/**
 * A pdfmake content tree with every text replaced by its runs (see textRuns); other nodes are
 * copied as they are, except that right to left, columns are put in the other order (tables are
 * not mirrored). Call it once on the content (and the footer) of a definition.
 */
export function scriptRuns<T>(content: T, direction: 'ltr' | 'rtl' = 'ltr'): T {
	const walk = (node: unknown): unknown => {
		if (typeof node === 'string') {
			const runs = textRuns(node, direction);
			return unchanged(node, runs) ? node : { text: runs };
		}
		if (Array.isArray(node)) return node.map(walk);
		if (!node || typeof node !== 'object') return node;
		const copy: Record<string, unknown> = { ...(node as Record<string, unknown>) };
		if ('text' in copy) {
			const runs = textRuns(copy.text, direction);
			if (!unchanged(copy.text, runs)) copy.text = runs;
		}
		if (typeof copy.svg === 'string') copy.svg = svgRuns(copy.svg, direction);
		for (const key of CONTAINERS) if (key in copy) copy[key] = walk(copy[key]);
		// Side by side, right to left: the first column stands on the right.
		if (direction === 'rtl' && Array.isArray(copy.columns)) copy.columns = copy.columns.reverse();
		if (copy.table && typeof copy.table === 'object') {
			const table = copy.table as { body?: unknown[][] };
			if (Array.isArray(table.body)) copy.table = { ...table, body: table.body.map(walk) };
		}
		return copy;
	};
	return walk(content) as T;
}

/** The fonts besides Roboto that a definition asks for (its header and footer included). */
export function fontsUsed(definition: unknown, found = new Set<PdfFont>()): Set<PdfFont> {
	if (Array.isArray(definition)) for (const c of definition) fontsUsed(c, found);
	else if (definition && typeof definition === 'object') {
		for (const [key, value] of Object.entries(definition)) {
			if (key === 'font' && typeof value === 'string' && value !== 'Roboto')
				found.add(value as PdfFont);
			else if (key === 'svg' && typeof value === 'string')
				for (const m of value.matchAll(/font-family="(PlexArabic|NotoHebrew|NotoEmoji)"/g))
					found.add(m[1] as PdfFont);
			else if ((key === 'footer' || key === 'header') && typeof value === 'function')
				fontsUsed((value as Footer)(1, 1), found);
			else fontsUsed(value, found);
		}
	}
	return found;
}

type Footer = (page: number, pages: number) => unknown;

/**
 * A pdfmake definition with every text of its content and footer as runs (see scriptRuns); in a
 * right-to-left language, text is aligned to the right unless a node says otherwise.
 */
export function withScripts(
	definition: Record<string, unknown>,
	direction: 'ltr' | 'rtl'
): Record<string, unknown> {
	const footer = definition.footer as Footer | undefined;
	return {
		...definition,
		defaultStyle: {
			...(definition.defaultStyle as object),
			...(direction === 'rtl' ? { alignment: 'right' } : {})
		},
		content: scriptRuns(definition.content, direction),
		...(footer
			? { footer: (page: number, pages: number) => scriptRuns(footer(page, pages), direction) }
			: {})
	};
}
