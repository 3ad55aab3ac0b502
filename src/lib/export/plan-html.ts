import type { ClassRecord } from '$lib/domain/class-session';
import { ELEMENTS, getElement } from '$lib/domain/elements';
import { faceSvg } from '$lib/wheel';
import { language, LANGUAGES } from '$lib/i18n';
import type { PlanDocument } from './plan-document';
import {
	classLayout,
	planLayout,
	type ClassPosterOptions,
	type PageSize,
	type Audience,
	type Block,
	type Field,
	type Header,
	type PlanLayout
} from './plan-layout';
import { escapeHtml, renderWheelSvg } from './wheel-svg';

/*
 * One self-contained HTML file: no scripts, no requests (a CSP forbids them too), inline CSS
 * that reads well on screen and prints on A4. User text only ever goes through escapeHtml and
 * sits in an element with dir="auto", so Arabic or Hebrew lines run the right way.
 */

export { escapeHtml };

const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/** User text as an element: escaped, its own direction, newlines kept by CSS. */
const user = (tag: string, text: string, cls = 'user') =>
	`<${tag} class="${cls}" dir="auto">${escapeHtml(text)}</${tag}>`;

const elementCss = ELEMENTS.map((e) => `.el-${e.id}{--el:${e.strong};--el-soft:${e.colour}}`).join(
	''
);

const css = (pageSize: PageSize) => `
:root{color-scheme:light;--ink:#1f2a2c;--muted:#4a5759;--line:#d5cfc4;--accent:#2f5d62;--soft:#f4f1ea;
font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans',sans-serif;line-height:1.5;color:var(--ink);background:#fbf8f3}
*{box-sizing:border-box}
body{margin:0;padding:1.5rem 1rem;overflow-wrap:anywhere}
.sheet{max-width:48rem;margin:0 auto;background:#fff;border:1px solid var(--line);border-radius:.75rem;padding:2rem 2.25rem}
h1,h2,h3{line-height:1.2;margin:0 0 .5rem}
h1{font-size:1.9rem}
h2{font-size:1.3rem;color:var(--accent);border-bottom:2px solid var(--soft);padding-bottom:.25rem;margin-top:1.75rem;break-after:avoid}
h3{font-size:1.1rem}
p{margin:0 0 .6rem}
ul{margin:0;padding-left:1.25rem}
li{margin:.2rem 0}
.user{white-space:pre-line}
.kicker{margin:0;text-transform:uppercase;letter-spacing:.08em;font-size:.85rem;font-weight:600;color:var(--accent)}
.meta{color:var(--muted);margin:0}
.status{display:inline-block;padding:.05rem .6rem;border-radius:1rem;font-weight:600;border:1.5px solid currentColor}
.status.agreed{color:#2d6a2f}
.status.concept{color:#8a5a00}
.source{color:var(--muted);font-size:.9em}
.people{list-style:none;padding:0;display:grid;grid-template-columns:repeat(auto-fill,minmax(13rem,1fr));gap:.25rem 1rem}
.people li{margin:0}
.role{color:var(--muted)}
.label{font-weight:600}
figure{margin:.5rem auto 0;max-width:34rem}
figure svg{display:block;width:100%;height:auto}
.focus{border-left:6px solid var(--el,#2f5d62);background:#fff;padding:.25rem 0 .25rem 1rem;margin:1rem 0 1.25rem}
.focus h3{display:flex;align-items:center;gap:.5rem}
.focus h3::before{content:'';width:.9rem;height:.9rem;border-radius:50%;background:var(--el-soft);border:2px solid var(--el)}
.goal{font-size:1.05rem}
.for{font-weight:700;margin:.2rem 0}
table{width:100%;border-collapse:collapse;table-layout:fixed;margin-top:.25rem;font-size:.95rem}
th,td{text-align:left;vertical-align:top;padding:.35rem .5rem;border-bottom:1px solid var(--line)}
th{background:var(--soft);font-weight:600}
col.what{width:40%}col.who{width:20%}col.when{width:18%}col.support{width:22%}
.agree{list-style:none;padding:0}
.agree li{display:flex;flex-wrap:wrap;gap:.25rem .75rem;justify-content:space-between;border-bottom:1px dotted var(--line);padding:.35rem 0}
.yes{color:#2d6a2f;font-weight:600}
.no{color:var(--muted)}
.muted{color:var(--muted)}
.review{margin-bottom:.75rem}
footer{margin-top:2rem;color:var(--muted);font-size:.85rem}
${elementCss}
.child{font-size:1.35rem}
.child h1{font-size:2.2rem}
.child h2{font-size:1.6rem}
.child .cards{list-style:none;padding:0;display:grid;gap:.75rem}
.child .cards li{border:2px solid var(--el-soft,var(--line));border-left:10px solid var(--el,var(--accent));border-radius:.75rem;padding:.6rem .9rem;margin:0}
.child .small{font-size:1rem;color:var(--muted)}
.class{font-size:1.35rem}
.class h1{font-size:2.6rem}
.class h2{font-size:1.7rem}
.class section[class^='el-'] h2{display:flex;align-items:center;gap:.6rem;color:var(--ink);border-bottom-color:var(--el)}
.class section[class^='el-'] h2::before{content:'';width:1.1rem;height:1.1rem;border-radius:.25rem;background:var(--el-soft);border:2px solid var(--el)}
.pledges{list-style:none;padding:0;display:grid;gap:.9rem}
.pledges li{background:var(--soft);border-left:12px solid var(--accent);border-radius:.75rem;padding:.8rem 1.1rem;margin:0}
.pledge{font-size:2rem;font-weight:700;line-height:1.2;margin:0 0 .35rem}
.pledges p{margin:.1rem 0}
.faces{list-style:none;padding:0;margin:.25rem 0 .75rem;display:grid;grid-template-columns:repeat(5,minmax(0,1fr));gap:.5rem;text-align:center}
.faces li{margin:0}
.faces svg{display:block;margin:0 auto;width:3.5rem;height:3.5rem}
.face-name{display:block;font-size:.8em;color:var(--muted)}
.count{display:block;font-size:1.2em;font-weight:700;line-height:1.25}
.class header .meta{font-size:1.5rem}
@media (max-width:40rem){.sheet{padding:1.25rem}body{padding:0}
table,tbody,tr,td{display:block;width:auto}
colgroup{display:none}
thead{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%)}
tr{border-bottom:1px solid var(--line);padding:.35rem 0}
td{border:0;padding:.1rem 0}
td::before{content:attr(data-label) ": ";font-weight:600}}
@media print{
@page{size:${pageSize} portrait;margin:15mm}
:root{background:#fff;font-size:11pt}
body{padding:0}
.sheet{border:0;padding:0;max-width:none}
tr,.focus h3,.goal,.agree li,.child .cards li,.pledges li,.faces,figure{break-inside:avoid}
.class{font-size:${pageSize === 'A3' ? 20 : 14}pt}
thead{display:table-header-group}
}
`;

function page(layout: PlanLayout, body: string, pageSize: PageSize = 'A4'): string {
	return `<!doctype html>
<html lang="${LANGUAGES[language.current].locale}" dir="${LANGUAGES[language.current].dir}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(layout.fileTitle)}</title>
<style>${css(pageSize)}</style>
</head>
<body>
<main class="sheet ${layout.audience}">
${body}
</main>
</body>
</html>
`;
}

const text = (s: string) => escapeHtml(s);

const field = (f: Field) =>
	`<span class="label">${text(f.label)}:</span> ${f.value === null ? `<span class="muted">${text(f.missing)}</span>` : user('span', f.value)}`;

const cards = (li: string[]) => `<ul class="cards">\n${li.join('\n')}\n</ul>`;

function focus(b: Extract<Block, { kind: 'focus' }>): string {
	// Each cell names its column, for a narrow screen where the rows are stacked.
	const cell = (s: string, i: number) => {
		const label = ` data-label="${text(b.columns[i] ?? '')}"`;
		return s.trim()
			? `<td class="user" dir="auto"${label}>${escapeHtml(s)}</td>`
			: `<td class="muted"${label}>${text(b.blank)}</td>`;
	};
	const table = b.rows.length
		? `<table>
<colgroup><col class="what"><col class="who"><col class="when"><col class="support"></colgroup>
<thead><tr>${b.columns.map((h) => `<th scope="col">${text(h)}</th>`).join('')}</tr></thead>
<tbody>
${b.rows.map((row) => `<tr>${row.map(cell).join('')}</tr>`).join('\n')}
</tbody>
</table>`
		: `<p class="muted">${text(b.noActions)}</p>`;
	return `<article class="focus el-${b.elementId}">
<h3>${text(b.element)}</h3>${b.forWhom ? `\n<p class="for">${text(b.forWhom)}</p>` : ''}
<p class="goal">${field(b.goal)}</p>
${table}
</article>`;
}

function block(b: Block): string {
	switch (b.kind) {
		case 'empty':
			return `<p${b.quiet ? ' class="muted"' : ''}>${text(b.text)}</p>`;
		case 'text':
			return user('p', b.text);
		case 'people':
			return `<ul class="people">\n${b.people.map((p) => `<li>${user('span', p.name, 'user name')} ${user('span', `(${p.role})`, 'role')}</li>`).join('\n')}\n</ul>`;
		case 'field':
			return `<p>${field(b)}</p>`;
		case 'wheel':
			return `<figure>${renderWheelSvg(b.wheel, { size: 560, title: b.alt, legend: b.legend, ...(b.styles ? { styles: b.styles } : {}) })}</figure>`;
		case 'items':
			return `<ul>\n${b.items.map((i) => `<li>${user('span', i.text)}${i.source ? ` ${user('span', `(${i.source})`, 'source')}` : ''}</li>`).join('\n')}\n</ul>`;
		case 'focus':
			return focus(b);
		case 'goals':
			return cards(
				b.goals.map(
					(g) =>
						`<li class="el-${g.elementId}"><strong>${text(g.element)}</strong>${g.goal ? `<br>${user('span', g.goal)}` : ''}</li>`
				)
			);
		case 'actions':
			return cards(
				b.cards.map((a) => {
					const details = [
						text(a.element),
						a.when ? `${text(b.whenLabel)}: ${user('span', a.when)}` : '',
						a.helper ? user('span', a.helper) : ''
					].filter(Boolean);
					return `<li class="el-${a.elementId}">
${a.who === null ? '' : `${user('strong', a.who)}: `}${user('span', a.what)}
<div class="small">${details.join(' · ')}</div>
</li>`;
				})
			);
		case 'date':
			return `<p><strong>${text(b.text)}</strong></p>`;
		case 'pledges':
			return `<ul class="pledges">\n${b.cards
				.map(
					(p) => `<li>
${user('p', p.what, 'user pledge')}
<p><span class="label">${text(b.whoLabel)}:</span> ${user('span', p.who)}</p>${p.when ? `\n<p><span class="label">${text(b.whenLabel)}:</span> ${user('span', p.when)}</p>` : ''}
</li>`
				)
				.join('\n')}\n</ul>`;
		case 'faces': {
			const fill = getElement(b.elementId).colour;
			return `<p class="label">${text(b.caption)}</p>
<ul class="faces">
${b.faces.map((f) => `<li>${faceSvg(f.face, { size: 56, fill })}<span class="face-name">${text(f.label)}</span><span class="count">${text(f.count)}</span></li>`).join('\n')}
</ul>`;
		}
		case 'review':
			return `<h3>${text(b.caption)}</h3>
<ul class="review">
${b.rows.map((r) => `<li>${user('span', r.label)}: <strong>${text(r.value)}</strong>${r.note ? ` ${user('span', `(${r.note})`, 'source')}` : ''}</li>`).join('\n')}
</ul>`;
		case 'agreements':
			return `<ul class="agree">\n${b.rows.map((r) => `<li>${user('span', r.name, 'user name')}<span class="${r.agreed ? 'yes' : 'no'}">${text(r.answer)}</span></li>`).join('\n')}\n</ul>`;
	}
}

function header(h: Header): string {
	const lines = [
		h.kicker ? `<p class="kicker">${text(h.kicker)}</p>` : '',
		h.heading ? `<h1>${text(h.heading)}</h1>` : '',
		h.heading ? user('p', h.title, 'user meta') : user('h1', h.title),
		h.meta && h.status
			? `<p class="meta">${text(h.meta)} · ${text(h.status.label)}: <span class="status ${h.status.status}">${text(h.status.value)}</span></p>`
			: '',
		h.intro ? `<p>${text(h.intro)}</p>` : ''
	];
	return `<header>\n${lines.filter(Boolean).join('\n')}\n</header>`;
}

function htmlFile(layout: PlanLayout, pageSize?: PageSize): string {
	const sections = layout.sections.map(
		(s) =>
			`<section${s.elementId ? ` class="el-${s.elementId}"` : ''}>\n<h2>${text(s.heading)}</h2>\n${s.blocks.map(block).join('\n')}\n</section>`
	);
	return page(
		layout,
		[header(layout.header), ...sections, `<footer>${text(layout.footer)}</footer>`].join('\n'),
		pageSize
	);
}

export function planToHtml(doc: PlanDocument, audience: Audience, childId?: string): string {
	return htmlFile(planLayout(doc, audience, childId));
}

/**
 * The class poster (classLayout) as one self-contained HTML file that prints on A4 (or A3)
 * portrait; every text the teacher typed is escaped.
 */
export function classPosterToHtml(record: ClassRecord, opts: ClassPosterOptions): string {
	return htmlFile(classLayout(record, opts), opts.pageSize);
}
