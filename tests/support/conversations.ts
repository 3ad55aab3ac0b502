// Test data: a small conversation to create through a repository.

/** A youth's self-reflection with one participant (a name with a surname, to find it raw). */
export const selfReflection = {
	kind: 'self' as const,
	title: 'Mijn cirkel',
	mode: 'open' as const,
	revealed: [],
	participants: [
		{ id: 'me', name: 'Noor Hendriks', role: 'child' as const, ageGroup: '12-18' as const }
	]
};
