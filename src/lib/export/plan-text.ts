import type { ClassRecord } from '$lib/domain/class-session';
import type { PlanDocument } from './plan-document';
import {
	classLayout,
	planLayout,
	type Audience,
	type Block,
	type ClassLayoutOptions,
	type Field,
	type PlanLayout
} from './plan-layout';

// Plain text for pasting into a case-management system. It cannot draw, so no wheel.

/** A label in capitals, underlined; user text after it stays exactly as typed. */
const heading = (label: string, rule: string, user = '') => {
	const text = `${label.toUpperCase()}${user ? `: ${user}` : ''}`;
	return `${text}\n${rule.repeat(Math.max(3, [...text].length))}`;
};

/** Continuation lines of multi-line user text line up under the first. */
const indent = (text: string, by: string) => text.replace(/\n/g, `\n${by}`);

const bullet = (text: string, note = '') =>
	`- ${indent(text, '  ')}${note ? ` (${indent(note, '  ')})` : ''}`;

const field = (f: Field, by = '') =>
	`${f.label}: ${f.value === null ? f.missing : indent(f.value, by)}`;

function focus(b: Extract<Block, { kind: 'focus' }>, n: number): string {
	const pad = '   ';
	const lines = [
		`${n}. ${b.element}`,
		...(b.forWhom ? [`${pad}${b.forWhom}`] : []),
		`${pad}${field(b.goal, pad + '  ')}`
	];
	if (b.rows.length === 0) lines.push(`${pad}${b.noActions}`);
	for (const row of b.rows) {
		const cells = row.map((cell, i) => `${b.columns[i]}: ${cell.trim() ? cell : b.blank}`);
		lines.push(`${pad}- ${indent(cells.join(' | '), pad + '  ')}`);
	}
	return lines.join('\n');
}

function block(b: Block, n: number): string {
	switch (b.kind) {
		case 'empty':
		case 'text':
		case 'date':
			return b.text;
		case 'people':
			return b.people.map((p) => bullet(p.name, p.role)).join('\n');
		case 'field':
			return field(b);
		case 'wheel':
			return '';
		case 'items':
			return b.items.map((i) => bullet(i.text, i.source)).join('\n');
		case 'focus':
			return focus(b, n);
		case 'goals':
			return b.goals.map((g) => bullet(g.goal ? `${g.element}: ${g.goal}` : g.element)).join('\n');
		case 'actions':
			return b.cards
				.map((a) =>
					bullet(
						a.who === null ? a.what : `${a.who}: ${a.what}`,
						[a.element, a.when ? `${b.whenLabel}: ${a.when}` : '', a.helper]
							.filter(Boolean)
							.join(', ')
					)
				)
				.join('\n');
		case 'agreements':
			return b.rows.map((r) => bullet(`${r.name}: ${r.answer}`)).join('\n');
		case 'pledges':
			return b.cards
				.map((p) =>
					[
						bullet(p.what),
						`  ${b.whoLabel}: ${indent(p.who, '  ')}`,
						...(p.when ? [`  ${b.whenLabel}: ${indent(p.when, '  ')}`] : [])
					].join('\n')
				)
				.join('\n');
		case 'faces':
			return [`${b.caption}:`, ...b.faces.map((f) => bullet(`${f.label}: ${f.count}`))].join('\n');
		case 'review':
			return [`${b.caption}`, ...b.rows.map((r) => bullet(`${r.label}: ${r.value}`, r.note))].join(
				'\n'
			);
	}
}

function top(layout: PlanLayout): string {
	const h = layout.header;
	return [
		heading(h.heading ?? h.kicker ?? '', '=', h.title),
		h.meta,
		h.status && `${h.status.label}: ${h.status.value}`,
		h.intro,
		layout.footer
	]
		.filter(Boolean)
		.join('\n');
}

export function planToText(
	doc: PlanDocument,
	audience: Audience = 'adult',
	childId?: string
): string {
	return textOf(planLayout(doc, audience, childId));
}

/** The class poster (classLayout) as plain text: agreements, look-back day, each element. */
export function classPosterToText(record: ClassRecord, opts: ClassLayoutOptions): string {
	return textOf(classLayout(record, opts));
}

function textOf(layout: PlanLayout): string {
	const sections = layout.sections
		.filter((s) => s.id !== 'wheel' && s.id !== 'classWheel')
		.map((s) => {
			// A block that has nothing to say in text (a wheel) leaves no empty lines behind.
			const blocks = s.blocks.map((b, i) => block(b, i + 1)).filter((b) => b.trim() !== '');
			return `${heading(s.heading, '-')}\n${blocks.join('\n\n')}`;
		});
	return `${[top(layout), ...sections].join('\n\n')}\n`;
}
