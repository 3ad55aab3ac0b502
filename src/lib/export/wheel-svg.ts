import { elementText, exportText as t } from '$lib/i18n';
import { escapeHtml, scoreSeries, wheelSvg } from '$lib/wheel';
import type { DocWheel } from './plan-document';

export { escapeHtml };

/**
 * The plan's wheel as a self-contained SVG string (src/lib/wheel/svg.ts) in the current
 * language: labels and legend are read at every call, so an export after a language switch
 * speaks the new language. All text in it is escaped.
 */
export function renderWheelSvg(
	wheel: Pick<DocWheel, 'participants' | 'answers'>,
	opts: { size?: number; title?: string; legend?: string } = {}
): string {
	const { legend, ...rest } = opts;
	return wheelSvg({
		labels: (id) => elementText(id).wheelLabel,
		series: scoreSeries(wheel.participants, wheel.answers),
		legend: { title: legend ?? t.legend, noScores: t.noScores },
		...rest
	});
}
