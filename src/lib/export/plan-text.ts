import { formatDate } from '$lib/i18n';
import { exportText as t, formatDay, formatWhen } from '$lib/i18n';
import type { DocAction, DocFocus, DocItem, PlanDocument } from './plan-document';

// Helpers every plan format shares (text, HTML, PDF and the sheets in the app).

export type PlacedAction = DocAction & Pick<DocFocus, 'elementId' | 'element'>;

/** Every action with its focus element, the children's own actions apart (child version). */
export function splitActions(doc: PlanDocument): { mine: PlacedAction[]; others: PlacedAction[] } {
	const all = doc.focus.flatMap((f) =>
		f.actions.map((a) => ({ ...a, elementId: f.elementId, element: f.element }))
	);
	return { mine: all.filter((a) => a.byChild), others: all.filter((a) => !a.byChild) };
}

/** "Ik sta achter dit plan (23 november 2026)" or "nog niet". */
export function agreementText(at: number | null): string {
	return at === null ? t.notYet : t.agreedOn(formatDate(at));
}

/** "Noë, bij Gehoord worden" for a strength or worry, or '' when nobody in particular. */
export function itemSource(item: DocItem): string {
	return t.source(item.by, item.element);
}

// Plain text for pasting into a case-management system.

/** A label in capitals, underlined; user text after it stays exactly as typed. */
const heading = (label: string, rule: string, user = '') => {
	const text = `${label.toUpperCase()}${user ? `: ${user}` : ''}`;
	return `${text}\n${rule.repeat(Math.max(3, [...text].length))}`;
};

/** Continuation lines of multi-line user text line up under the first. */
const indent = (text: string, by: string) => text.replace(/\n/g, `\n${by}`);

const bullet = (text: string, note = '') =>
	`- ${indent(text, '  ')}${note ? ` (${indent(note, '  ')})` : ''}`;

const or = (text: string) => (text.trim() ? text : t.empty);

function items(list: readonly DocItem[]): string {
	return list.length ? list.map((i) => bullet(i.text, itemSource(i))).join('\n') : t.nothing;
}

function focusBlock(f: DocFocus, n: number): string {
	const pad = '   ';
	const lines = [
		`${n}. ${f.element}`,
		`${pad}${t.goal}: ${f.goal.trim() ? indent(f.goal, pad + '  ') : t.noGoal}`
	];
	if (f.actions.length === 0) lines.push(`${pad}${t.noActions}`);
	for (const a of f.actions) {
		const cells = [
			`${t.what}: ${or(a.what)}`,
			`${t.who}: ${or(a.who)}`,
			`${t.when}: ${or(formatWhen(a.when))}`,
			`${t.support}: ${or(a.support)}`
		];
		lines.push(`${pad}- ${indent(cells.join(' | '), pad + '  ')}`);
	}
	return lines.join('\n');
}

export function planToText(doc: PlanDocument): string {
	const sections: string[] = [];
	const section = (title: string, body: string) => sections.push(`${heading(title, '-')}\n${body}`);

	sections.push(
		[
			heading(t.title, '=', doc.title),
			t.conversationOf(formatDate(doc.conversationAt)),
			`${t.statusLabel}: ${t.status[doc.status]}`,
			t.generatedAt(formatDate(doc.generatedAt))
		].join('\n')
	);
	section(
		t.participants,
		[
			...doc.participants.map((p) => bullet(p.name, p.role)),
			'',
			`${t.regisseur}: ${doc.regisseur ?? t.noRegisseur}`
		].join('\n')
	);
	section(t.strengths, items(doc.strengths));
	section(t.worries, items(doc.worries));
	section(
		t.focus,
		doc.focus.length ? doc.focus.map((f, i) => focusBlock(f, i + 1)).join('\n\n') : t.noFocus
	);
	section(t.planB, doc.planB.trim() ? doc.planB : t.nothing);
	if (doc.safety.trim()) section(t.safety, doc.safety);
	section(t.evaluation, doc.evaluationDate ? formatDay(doc.evaluationDate) : t.noEvaluation);
	section(
		t.agreement,
		doc.agreements.map((a) => bullet(`${a.name}: ${agreementText(a.at)}`)).join('\n')
	);

	return `${sections.join('\n\n')}\n`;
}
