import { buildPlanDocument, planFileName, type PlanDocument } from '$lib/export/plan-document';
import type { Audience } from '$lib/export/plan-layout';
import { m } from '$lib/i18n';
import type { PlanSession } from './plan.svelte';

/** The plan as it stands, saved first, as the document every export formats. */
export async function currentPlanDocument(session: PlanSession): Promise<PlanDocument> {
	await session.flush();
	const conversation = session.conversation.conversation;
	const plan = session.plan;
	if (!conversation || !plan) throw new Error('no plan');
	return buildPlanDocument(
		conversation,
		session.conversation.answers,
		plan,
		Date.now(),
		session.previous
	);
}

/**
 * Makes the PDF (the library loads only now, it is large) and offers it to the share sheet or
 * downloads it. Returns what to tell the person.
 */
export async function sharePlanPdf(
	session: PlanSession,
	audience: Audience,
	/** The child version's child; absent: the first child. */
	childId?: string
): Promise<string> {
	const doc = await currentPlanDocument(session);
	const [{ planToPdf }, { shareOrDownload }] = await Promise.all([
		import('$lib/export/plan-pdf'),
		import('$lib/platform/share')
	]);
	const name = planFileName(new Date(doc.generatedAt), 'pdf', audience);
	const title = audience === 'child' ? m.plan.childTitle : m.plan.title;
	const result = await shareOrDownload(await planToPdf(doc, audience, childId), name, title);
	return result === 'shared' ? m.plan.shared : result === 'downloaded' ? m.plan.downloaded : '';
}
