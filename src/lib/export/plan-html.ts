import { ELEMENTS } from '$lib/domain/elements';
import { formatDate } from '$lib/i18n';
import { exportText as t, formatDay, formatWhen, language, LANGUAGES } from '$lib/i18n';
import type { DocFocus, DocItem, PlanDocument } from './plan-document';
import { agreementText, itemSource, splitActions, type PlacedAction } from './plan-text';
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

const CSS = `
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
table{width:100%;border-collapse:collapse;table-layout:fixed;margin-top:.25rem;font-size:.95rem}
th,td{text-align:left;vertical-align:top;padding:.35rem .5rem;border-bottom:1px solid var(--line)}
th{background:var(--soft);font-weight:600}
col.what{width:40%}col.who{width:20%}col.when{width:18%}col.support{width:22%}
.agree{list-style:none;padding:0}
.agree li{display:flex;flex-wrap:wrap;gap:.25rem .75rem;justify-content:space-between;border-bottom:1px dotted var(--line);padding:.35rem 0}
.yes{color:#2d6a2f;font-weight:600}
.no{color:var(--muted)}
.muted{color:var(--muted)}
footer{margin-top:2rem;color:var(--muted);font-size:.85rem}
${elementCss}
.child{font-size:1.35rem}
.child h1{font-size:2.2rem}
.child h2{font-size:1.6rem}
.child .cards{list-style:none;padding:0;display:grid;gap:.75rem}
.child .cards li{border:2px solid var(--el-soft,var(--line));border-left:10px solid var(--el,var(--accent));border-radius:.75rem;padding:.6rem .9rem;margin:0}
.child .small{font-size:1rem;color:var(--muted)}
@media (max-width:40rem){.sheet{padding:1.25rem}body{padding:0}}
@media print{
@page{size:A4;margin:15mm}
:root{background:#fff;font-size:11pt}
body{padding:0}
.sheet{border:0;padding:0;max-width:none}
tr,.focus h3,.goal,.agree li,.child .cards li,figure{break-inside:avoid}
thead{display:table-header-group}
}
`;

function page(title: string, body: string, cls: string): string {
	return `<!doctype html>
<html lang="${LANGUAGES[language.current].locale}" dir="${LANGUAGES[language.current].dir}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)}</title>
<style>${CSS}</style>
</head>
<body>
<main class="sheet ${cls}">
${body}
</main>
</body>
</html>
`;
}

const section = (title: string, body: string) =>
	`<section>\n<h2>${escapeHtml(title)}</h2>\n${body}\n</section>`;

function items(list: readonly DocItem[]): string {
	if (list.length === 0) return `<p class="muted">${escapeHtml(t.nothing)}</p>`;
	const li = list.map((i) => {
		const source = itemSource(i);
		return `<li>${user('span', i.text)}${source ? ` ${user('span', `(${source})`, 'source')}` : ''}</li>`;
	});
	return `<ul>\n${li.join('\n')}\n</ul>`;
}

const orEmpty = (text: string) =>
	text.trim() ? user('td', text) : `<td class="muted">${t.empty}</td>`;

function focusBlock(f: DocFocus): string {
	const rows = f.actions.map(
		(a) =>
			`<tr>${orEmpty(a.what)}${orEmpty(a.who)}${orEmpty(formatWhen(a.when))}${orEmpty(a.support)}</tr>`
	);
	const table = f.actions.length
		? `<table>
<colgroup><col class="what"><col class="who"><col class="when"><col class="support"></colgroup>
<thead><tr>${[t.what, t.who, t.when, t.support].map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('')}</tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>`
		: `<p class="muted">${escapeHtml(t.noActions)}</p>`;
	return `<article class="focus el-${f.elementId}">
<h3>${escapeHtml(f.element)}</h3>
<p class="goal"><span class="label">${escapeHtml(t.goal)}:</span> ${f.goal.trim() ? user('span', f.goal) : `<span class="muted">${escapeHtml(t.noGoal)}</span>`}</p>
${table}
</article>`;
}

function agreements(doc: PlanDocument, label: (at: number | null) => string): string {
	const li = doc.agreements.map(
		(a) =>
			`<li>${user('span', a.name, 'user name')}<span class="${a.at === null ? 'no' : 'yes'}">${escapeHtml(label(a.at))}</span></li>`
	);
	return `<ul class="agree">\n${li.join('\n')}\n</ul>`;
}

function fullBody(doc: PlanDocument): string {
	const parts: string[] = [];
	parts.push(`<header>
<p class="kicker">${escapeHtml(t.title)}</p>
${user('h1', doc.title)}
<p class="meta">${escapeHtml(t.conversationOf(formatDate(doc.conversationAt)))} · ${escapeHtml(t.statusLabel)}: <span class="status ${doc.status}">${escapeHtml(t.status[doc.status])}</span></p>
</header>`);
	parts.push(
		section(
			t.participants,
			`<ul class="people">
${doc.participants.map((p) => `<li>${user('span', p.name, 'user name')} ${user('span', `(${p.role})`, 'role')}</li>`).join('\n')}
</ul>
<p><span class="label">${escapeHtml(t.regisseur)}:</span> ${doc.regisseur ? user('span', doc.regisseur) : `<span class="muted">${escapeHtml(t.noRegisseur)}</span>`}</p>`
		)
	);
	parts.push(
		section(
			t.wheel,
			`<figure>${renderWheelSvg(doc.wheel, { size: 560, title: t.wheelAlt(doc.title) })}</figure>`
		)
	);
	parts.push(section(t.strengths, items(doc.strengths)));
	parts.push(section(t.worries, items(doc.worries)));
	parts.push(
		section(
			t.focus,
			doc.focus.length
				? doc.focus.map(focusBlock).join('\n')
				: `<p class="muted">${escapeHtml(t.noFocus)}</p>`
		)
	);
	parts.push(
		section(
			t.planB,
			doc.planB.trim() ? user('p', doc.planB) : `<p class="muted">${escapeHtml(t.nothing)}</p>`
		)
	);
	if (doc.safety.trim()) parts.push(section(t.safety, user('p', doc.safety)));
	parts.push(
		section(
			t.evaluation,
			`<p>${doc.evaluationDate ? `<strong>${escapeHtml(formatDay(doc.evaluationDate))}</strong>` : `<span class="muted">${escapeHtml(t.noEvaluation)}</span>`}</p>`
		)
	);
	parts.push(section(t.agreement, agreements(doc, agreementText)));
	return parts.join('\n');
}

function childCards(list: readonly PlacedAction[], showWho: boolean): string {
	const li = list.map((a) => {
		const details = [
			a.when.trim() ? `${escapeHtml(t.child.when)}: ${user('span', formatWhen(a.when))}` : '',
			a.support.trim() ? user('span', t.child.helper(a.support)) : ''
		].filter(Boolean);
		return `<li class="el-${a.elementId}">
${showWho ? `${user('strong', a.who)}: ` : ''}${user('span', a.what)}
<div class="small">${[escapeHtml(a.element), ...details].join(' · ')}</div>
</li>`;
	});
	return `<ul class="cards">\n${li.join('\n')}\n</ul>`;
}

function childBody(doc: PlanDocument): string {
	const c = t.child;
	const { mine, others } = splitActions(doc);
	const children = doc.participants.filter((p) => p.child).length;
	const parts: string[] = [];
	parts.push(`<header>
<h1>${escapeHtml(c.title)}</h1>
${user('p', doc.title, 'user meta')}
<p>${escapeHtml(c.intro)}</p>
</header>`);
	parts.push(
		section(c.mine, mine.length ? childCards(mine, children > 1) : `<p>${escapeHtml(c.noMine)}</p>`)
	);
	parts.push(
		section(
			c.focus,
			doc.focus.length
				? `<ul class="cards">\n${doc.focus
						.map(
							(f) =>
								`<li class="el-${f.elementId}"><strong>${escapeHtml(f.element)}</strong>${f.goal.trim() ? `<br>${user('span', f.goal)}` : ''}</li>`
						)
						.join('\n')}\n</ul>`
				: `<p>${escapeHtml(t.noFocus)}</p>`
		)
	);
	parts.push(
		section(c.others, others.length ? childCards(others, true) : `<p>${escapeHtml(c.noOthers)}</p>`)
	);
	if (doc.strengths.length) parts.push(section(c.strengths, items(doc.strengths)));
	if (doc.planB.trim()) parts.push(section(c.planB, user('p', doc.planB)));
	if (doc.safety.trim()) parts.push(section(c.safety, user('p', doc.safety)));
	parts.push(
		section(
			c.evaluation,
			`<p><strong>${escapeHtml(doc.evaluationDate ? formatDay(doc.evaluationDate) : c.noEvaluation)}</strong></p>`
		)
	);
	parts.push(
		section(
			c.agreement,
			agreements(doc, (at) => (at === null ? c.notYet : c.agreed))
		)
	);
	return parts.join('\n');
}

export function planToHtml(doc: PlanDocument, variant: 'full' | 'child'): string {
	const footer = `<footer>${escapeHtml(t.generatedAt(formatDate(doc.generatedAt)))}</footer>`;
	return variant === 'child'
		? page(`${t.child.title} – ${doc.title}`, `${childBody(doc)}\n${footer}`, 'child')
		: page(`${t.title} – ${doc.title}`, `${fullBody(doc)}\n${footer}`, 'full');
}
