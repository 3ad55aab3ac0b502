import {
	conversationSchema,
	type Conversation,
	type Kind,
	type Mode
} from '$lib/domain/conversation';
import { followUpLink } from '$lib/domain/series';
import { newId } from '$lib/domain/conversation';
import type { AgeGroup, Participant, Role } from '$lib/domain/participant';
import type { Language } from '$lib/i18n';
import { getRepos } from './repos';

export interface ParticipantDraft {
	id: string;
	name: string;
	/** '' until the coach chose a role for a person they added (nothing is preset). */
	role: Role | '';
	relation: string;
	ageGroup: AgeGroup | '';
	/** The language of this person's questions; '' reads them in the app's language. */
	language: Language | '';
}

export function blankParticipant(role: Role | '' = 'child'): ParticipantDraft {
	return { id: newId(), name: '', role, relation: '', ageGroup: '', language: '' };
}

function fromParticipant(p: Participant): ParticipantDraft {
	return {
		id: p.id,
		name: p.name,
		role: p.role,
		relation: p.relation ?? '',
		ageGroup: p.ageGroup ?? '',
		language: p.language ?? ''
	};
}

/**
 * The set-up form's state: fields as typed, and error message keys per field after a
 * submit. Validation is the domain's zod schema, so the form and storage never disagree.
 */
export class SetupForm {
	kind = $state<Kind>('family');
	title = $state('');
	mode = $state<Mode>('open');
	participants = $state<ParticipantDraft[]>([]);
	errors = $state<Record<string, string>>({});
	submitted = $state(false);
	#skipped: { participantId: string; childId: string }[] = [];
	#checkChildren = false;
	/** Set for a follow-up: the series it joins and the conversation it looks back at. */
	#followUp: { seriesId: string; sequence: number; previousId: string } | undefined;

	/**
	 * The set-up of a follow-up of `previous` (issue 14): the same title, people and children,
	 * each person keeping their id, so answers over the series can be compared per person and per
	 * child. People may still join or leave before it is created.
	 */
	static followUp(previous: Conversation): SetupForm {
		const form = new SetupForm({ ...previous, checkChildren: false });
		form.#followUp = { ...followUpLink(previous), previousId: previous.id };
		return form;
	}

	/** Whether this form starts a follow-up (the kind is then fixed). */
	get isFollowUp(): boolean {
		return this.#followUp !== undefined;
	}

	constructor(init?: {
		kind: Kind;
		title: string;
		mode: Mode;
		participants: Participant[];
		children?: string[];
		skipped?: { participantId: string; childId: string }[];
		checkChildren?: boolean;
	}) {
		if (init) {
			this.kind = init.kind;
			this.title = init.title;
			this.mode = init.mode;
			// The children first, in the conversation's order, then everyone else as they were.
			const order = init.children ?? [];
			const rank = (p: Participant) => (order.includes(p.id) ? order.indexOf(p.id) : order.length);
			this.#skipped = init.skipped ?? [];
			this.#checkChildren = init.checkChildren ?? false;
			this.participants = [...init.participants]
				.sort((a, b) => rank(a) - rank(b))
				.map(fromParticipant);
		} else {
			this.participants = [
				blankParticipant('child'),
				blankParticipant('parent'),
				blankParticipant('coach')
			];
		}
	}

	setKind(kind: Kind): void {
		this.kind = kind;
		if (kind === 'self') {
			const first = this.participants.find((p) => p.role === 'child') ?? blankParticipant('child');
			this.participants = [{ ...first, role: 'child', ageGroup: first.ageGroup || '12-18' }];
			this.mode = 'open';
		} else if (this.participants.length < 2) {
			this.participants = [
				...this.participants,
				blankParticipant('parent'),
				blankParticipant('coach')
			];
		}
		if (this.submitted) this.validate();
	}

	/** The children the conversation is about (set-up asks for them first), in order. */
	get children(): ParticipantDraft[] {
		return this.participants.filter((p) => p.role === 'child');
	}

	/** Everyone else at the table. */
	get others(): ParticipantDraft[] {
		return this.participants.filter((p) => p.role !== 'child');
	}

	/** Someone else at the table: the coach chooses their role (no role is preset). */
	add(): void {
		this.participants.push(blankParticipant(''));
	}

	/** A brother or sister the conversation is about too. */
	addChild(): void {
		const at = this.participants.findLastIndex((p) => p.role === 'child') + 1;
		this.participants.splice(at, 0, blankParticipant('child'));
		if (this.submitted) this.validate();
	}

	remove(id: string): void {
		if (this.participants.length <= 1) return;
		this.participants = this.participants.filter((p) => p.id !== id);
		if (this.submitted) this.validate();
	}

	#candidate() {
		return {
			kind: this.kind,
			title: this.title,
			mode: this.kind === 'self' ? 'open' : this.mode,
			participants: this.participants.map((p) => ({
				id: p.id,
				name: p.name,
				role: p.role as Role,
				relation: p.role === 'network' ? p.relation : undefined,
				ageGroup: p.role === 'child' && p.ageGroup ? p.ageGroup : undefined,
				language: p.language || undefined
			})),
			revealed: [],
			children:
				this.kind === 'self'
					? this.participants.slice(0, 1).map((p) => p.id)
					: this.children.map((p) => p.id),
			// Skips of people who left or changed role are dropped, not refused.
			skipped: this.#skipped.filter(
				(s) =>
					this.others.some((p) => p.id === s.participantId) &&
					this.children.some((p) => p.id === s.childId)
			),
			checkChildren: this.#checkChildren,
			id: 'draft',
			createdAt: 0,
			updatedAt: 0
		};
	}

	/** Fills `errors` (field path → message key); true when everything is valid. */
	validate(): boolean {
		const candidate = this.#candidate();
		const parsed = conversationSchema.safeParse(candidate);
		const errors: Record<string, string> = {};
		if (!parsed.success) {
			for (const issue of parsed.error.issues) {
				const [head, index, field] = issue.path;
				const key =
					head === 'participants' && typeof index === 'number'
						? `${this.participants[index]?.id}.${String(field ?? 'name')}`
						: String(head);
				errors[key] ??= field === 'role' ? 'role.required' : issue.message;
			}
		}
		// A family conversation is about at least one child: set-up asks for them first.
		if (this.kind === 'family' && this.children.length === 0) errors.children = 'children.none';
		this.errors = errors;
		return Object.keys(errors).length === 0;
	}

	error(path: string): string | undefined {
		return this.submitted ? this.errors[path] : undefined;
	}

	/** Validates, then stores a new conversation. Returns its id, or undefined when invalid. */
	async create(): Promise<string | undefined> {
		this.submitted = true;
		if (!this.validate()) return undefined;
		const c = this.#candidate();
		const created = await getRepos().conversations.create({
			kind: c.kind,
			title: c.title,
			mode: c.mode,
			participants: c.participants,
			children: c.children,
			skipped: c.skipped,
			revealed: [],
			...(this.#followUp && {
				seriesId: this.#followUp.seriesId,
				sequence: this.#followUp.sequence,
				lookBack: { previousId: this.#followUp.previousId, actions: [], goals: [] }
			})
		});
		// The first real data: ask the browser to keep it (not on page load, when nothing is at stake).
		void import('$lib/platform/storage').then((s) => s.requestPersistence()).catch(() => false);
		return created.id;
	}

	/** The validated participants, for saving an edited list. */
	validParticipants(): Participant[] | undefined {
		this.submitted = true;
		if (!this.validate()) return undefined;
		const parsed = conversationSchema.safeParse(this.#candidate());
		return parsed.success ? parsed.data.participants : undefined;
	}
}
