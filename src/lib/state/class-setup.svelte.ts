import {
	CLASS_LEVELS,
	classSessionSchema,
	MAX_PRESENT,
	type ClassLevel
} from '$lib/domain/class-session';
import { ELEMENT_IDS, type ElementId } from '$lib/domain/elements';
import { getRepos } from './repos';

/**
 * The class set-up form: a group name, a level, optionally how many are present, and the
 * elements for today in the teacher's order. Validation is the domain schema, so the form and
 * storage never disagree; error keys per field after a submit.
 */
export class ClassSetupForm {
	group = $state('');
	level = $state<ClassLevel | ''>('');
	/** As typed: '' when the teacher leaves it open. */
	present = $state('');
	/** Chosen elements, in the order they will be discussed. */
	elements = $state<ElementId[]>([]);
	errors = $state<Record<string, string>>({});
	submitted = $state(false);

	readonly levels = CLASS_LEVELS;
	readonly maxPresent = MAX_PRESENT;

	isChosen(id: ElementId): boolean {
		return this.elements.includes(id);
	}

	/** Ticks or unticks an element; a new one goes to the end of today's order. */
	toggle(id: ElementId): void {
		this.elements = this.isChosen(id)
			? this.elements.filter((e) => e !== id)
			: [...this.elements, id];
		if (this.submitted) this.validate();
	}

	chooseAll(): void {
		const rest = ELEMENT_IDS.filter((e) => !this.elements.includes(e));
		this.elements = [...this.elements, ...rest];
		if (this.submitted) this.validate();
	}

	/** Moves a chosen element one place earlier (-1) or later (+1) in today's order. */
	move(id: ElementId, by: -1 | 1): void {
		const i = this.elements.indexOf(id);
		const j = i + by;
		if (i < 0 || j < 0 || j >= this.elements.length) return;
		const next = [...this.elements];
		[next[i], next[j]] = [next[j]!, next[i]!];
		this.elements = next;
	}

	error(field: string): string | undefined {
		return this.submitted ? this.errors[field] : undefined;
	}

	#input(now: number) {
		const present = this.present.trim();
		return {
			id: 'new',
			group: this.group,
			level: this.level === '' ? undefined : this.level,
			// Whole numbers only: "24" is 24; anything else is kept as text so the schema refuses it.
			present: present === '' ? undefined : /^\d+$/.test(present) ? Number(present) : present,
			elements: this.elements,
			createdAt: now,
			updatedAt: now
		};
	}

	validate(now = Date.now()): boolean {
		const parsed = classSessionSchema.safeParse(this.#input(now));
		const errors: Record<string, string> = {};
		if (!parsed.success) {
			for (const issue of parsed.error.issues) {
				const field = String(issue.path[0] ?? 'form');
				errors[field] ??= issue.message;
			}
		}
		this.errors = errors;
		return parsed.success;
	}

	/** Stores the session; its id, or null when a field needs fixing. */
	async create(now = Date.now()): Promise<string | null> {
		this.submitted = true;
		if (!this.validate(now)) return null;
		// The repository gives the session its own id and times.
		const input = classSessionSchema.parse(this.#input(now));
		const record = await getRepos().classSessions.create(input, now);
		return record.session.id;
	}
}
