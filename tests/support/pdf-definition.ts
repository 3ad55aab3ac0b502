/*
 * Looking into a pdfmake definition (plan-pdf.ts) without rendering it: its nodes and the
 * text it draws. Shared by the plan's and the class poster's PDF tests.
 */

export type Node = Record<string, unknown>;

/** Every object node in a pdfmake definition, depth first. */
export function nodes(value: unknown, out: Node[] = []): Node[] {
	if (Array.isArray(value)) for (const v of value) nodes(v, out);
	else if (value && typeof value === 'object') {
		out.push(value as Node);
		for (const v of Object.values(value)) nodes(v, out);
	}
	return out;
}

/** All text the definition draws, in order. */
export function texts(definition: Node): string[] {
	const out: string[] = [];
	const walk = (v: unknown) => {
		if (typeof v === 'string') out.push(v);
		else if (Array.isArray(v)) v.forEach(walk);
		else if (v && typeof v === 'object') {
			const n = v as Node;
			if ('text' in n) walk(n.text);
			for (const key of ['stack', 'columns', 'ul', 'content']) if (key in n) walk(n[key]);
			if ('table' in n) walk((n.table as { body: unknown }).body);
		}
	};
	walk(definition.content);
	return out;
}
