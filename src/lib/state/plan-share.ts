import { buildPlanDocument, planFileName, type PlanDocument } from '$lib/export/plan-document';
import type { Audience } from '$lib/export/plan-layout';
import { m } from '$lib/i18n';
import type { PlanSession } from './plan.svelte';

/** The plan as it stands, saved first, as the document every export formats. */
export async function currentPlanDocument(session: PlanSession): Promise<PlanDocument> {
	await session.flush();
	const doc = planDocumentNow(session);
	if (!doc) throw new Error('no plan');
	return doc;
}

/** The plan as shown, without saving first; undefined while it is still loading. */
function planDocumentNow(session: PlanSession): PlanDocument | undefined {
	const conversation = session.conversation.conversation;
	const plan = session.plan;
	if (!conversation || !plan) return undefined;
	return buildPlanDocument(
		conversation,
		session.conversation.answers,
		plan,
		Date.now(),
		session.previous
	);
}

/**
 * Gets the PDF ready while the share buttons are on screen: once the browser is idle, pdfmake
 * and the fonts this plan needs load and are read (preparePlanPdf), so a tap on "PDF delen"
 * only lays out and draws. Once per page; a failure here is left to the tap, which tries again.
 * Returns a function that cancels a preparation that has not started yet.
 */
export function preparePdfWhenIdle(
	session: PlanSession,
	audience: Audience,
	childId?: () => string | undefined
): () => void {
	const start = () => {
		const doc = planDocumentNow(session);
		if (!doc) return;
		void import('$lib/export/plan-pdf')
			.then((pdf) => pdf.preparePlanPdf(doc, audience, childId?.()))
			.catch(() => {});
	};
	if (typeof requestIdleCallback === 'function') {
		const handle = requestIdleCallback(start, { timeout: 2000 });
		return () => cancelIdleCallback(handle);
	}
	const handle = setTimeout(start, 500);
	return () => clearTimeout(handle);
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
