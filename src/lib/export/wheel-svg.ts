import { elementText, exportText as t } from '$lib/i18n';
import { escapeHtml, scoreSeries, wheelSvg, type SeriesStyle } from '$lib/wheel';
import type { DocWheel } from './plan-document';

export { escapeHtml };

/**
 * The plan's wheel as a self-contained SVG string (src/lib/wheel/svg.ts) in the current
 * language: labels and legend are read at every call, so an export after a language switch
 * speaks the new language. All text in it is escaped.
 */
export function renderWheelSvg(
	wheel: Pick<DocWheel, 'participants' | 'answers'>,
	opts: {
		size?: number;
		title?: string;
		legend?: string;
		/** Each participant's line, in order (the terugblik: now solid, last time dashed). */
		styles?: readonly SeriesStyle[];
	} = {}
): string {
	const { legend, styles, ...rest } = opts;
	const series = scoreSeries(wheel.participants, wheel.answers).map((s, i) =>
		styles?.[i] ? { ...s, style: styles[i] } : s
	);
	return wheelSvg({
		labels: (id) => elementText(id).wheelLabel,
		series,
		legend: { title: legend ?? t.legend, noScores: t.noScores },
		...rest
	});
}
