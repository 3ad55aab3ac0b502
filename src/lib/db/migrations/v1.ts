// Schema version 1 (released with the first walk-through). Frozen: never edit a released
// version; add a new file with the next number instead.
export const v1 = {
	version: 1,
	stores: {
		// Indices only on what is queried: ids, kind and updatedAt. Never on names or notes.
		conversations: 'id, updatedAt',
		answers: '[conversationId+participantId+elementId], conversationId'
	}
} as const;
