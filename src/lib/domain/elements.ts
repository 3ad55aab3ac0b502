// The eight kansencirkel elements in their fixed conversation order. Ids are stable English
// slugs (they are stored); Dutch names and texts live in the message catalogues.
export const ELEMENT_IDS = [
	'heard',
	'belonging',
	'responsibility',
	'developing',
	'active',
	'healthy',
	'home',
	'safe'
] as const;

export type ElementId = (typeof ELEMENT_IDS)[number];

export interface ElementDefinition {
	id: ElementId;
	/** 1-based position on the wheel and in the walk-through. */
	number: number;
	/** GIRFEC/SHANARRI indicator, for later export to other systems. */
	shanarri:
		| 'Respected'
		| 'Included'
		| 'Responsible'
		| 'Achieving'
		| 'Active'
		| 'Healthy'
		| 'Nurtured'
		| 'Safe';
	/** NJi 2018 label. */
	nji: string;
	/** Sector colour: light enough for dark text on top (contrast ≥ 4.5:1 with #1a1a1a). */
	colour: string;
	/** Darker variant of the colour for lines and icons on a white background (≥ 3:1). */
	strong: string;
}

export const ELEMENTS: readonly ElementDefinition[] = [
	{
		id: 'heard',
		number: 1,
		shanarri: 'Respected',
		nji: 'Gerespecteerd',
		colour: '#f6c6c0',
		strong: '#b3382a'
	},
	{
		id: 'belonging',
		number: 2,
		shanarri: 'Included',
		nji: 'Erbij horen',
		colour: '#f9d7b1',
		strong: '#a5530c'
	},
	{
		id: 'responsibility',
		number: 3,
		shanarri: 'Responsible',
		nji: 'Verantwoordelijk',
		colour: '#f3e6a6',
		strong: '#7d6608'
	},
	{
		id: 'developing',
		number: 4,
		shanarri: 'Achieving',
		nji: 'Ontplooiing',
		colour: '#cfe8b8',
		strong: '#3f7a1d'
	},
	{
		id: 'active',
		number: 5,
		shanarri: 'Active',
		nji: 'Actief',
		colour: '#b9e3d6',
		strong: '#17705a'
	},
	{
		id: 'healthy',
		number: 6,
		shanarri: 'Healthy',
		nji: 'Gezond',
		colour: '#bfdcf2',
		strong: '#1f5f95'
	},
	{
		id: 'home',
		number: 7,
		shanarri: 'Nurtured',
		nji: 'Gekoesterd',
		colour: '#d6cdf0',
		strong: '#5a44a8'
	},
	{ id: 'safe', number: 8, shanarri: 'Safe', nji: 'Veilig', colour: '#efc9e2', strong: '#96306f' }
];

export function getElement(id: ElementId): ElementDefinition {
	const el = ELEMENTS.find((e) => e.id === id);
	if (!el) throw new Error(`Unknown element ${id}`);
	return el;
}

export function isElementId(value: unknown): value is ElementId {
	return typeof value === 'string' && (ELEMENT_IDS as readonly string[]).includes(value);
}
