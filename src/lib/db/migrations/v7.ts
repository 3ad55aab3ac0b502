import type { Migration } from './index';

// Schema version 7: the child's voice about the conversation itself (issue 14) in a table of
// its own, beside the notes only for the coach and for the same reason: nothing that builds a
// family screen or an export reads it. One row per child per conversation; the faces are sealed
// with the profile's data key (mapping.ts), clear are only the conversation, the child's
// (random) participant id and the time. Adds a table and touches no existing row.
export const v7: Migration = {
	version: 7,
	stores: {
		childVoices: '[conversationId+childId], conversationId'
	}
};
