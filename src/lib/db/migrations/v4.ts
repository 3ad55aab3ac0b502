import type { Transaction } from 'dexie';
import type { Migration } from './index';

// Schema version 4: answers per child. An adult now answers once for each child the
// conversation is about, so the child is part of an answer's key:
// [conversationId+participantId+childId+elementId]. IndexedDB cannot change a store's key, so
// the rows move to a new store, `childAnswers`, and `answers` goes. Every row moves: none is
// dropped, none changes its sealed content.
//
// Which child an old answer is about is known only from the conversation's participants, which
// are encrypted (there is no key during an upgrade). So a moved row gets childId '' (not known
// yet, and sealed as before: mapping.ts opens it with the additional data of schema 3), and the
// first read with the profile's key fills it in: a child's own answer is about themself, an
// adult's is about the first child (`resolveChildIds` in domain/conversation.ts). The next write
// of that conversation re-keys those rows for good. A conversation with several children reads
// with `checkChildren` set (domain/conversation.ts), so its overview asks the coach once to
// check the adults' answers.
export const v4: Migration = {
	version: 4,
	stores: {
		answers: null,
		childAnswers: '[conversationId+participantId+childId+elementId], conversationId'
	},
	async upgrade(tx: Transaction) {
		const rows = (await tx.table('answers').toArray()) as Record<string, unknown>[];
		// Idempotent: a row that already has a child keeps it.
		await tx
			.table('childAnswers')
			.bulkPut(
				rows.map((r) => ({ ...r, childId: typeof r.childId === 'string' ? r.childId : '' }))
			);
	}
};
