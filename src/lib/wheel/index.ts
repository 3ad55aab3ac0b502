/*
 * The kansencirkel wheel as one pure module: no Svelte, no i18n, no DOM. Everything a wheel
 * shows is a function of (labels, series, options), called when it is drawn:
 *
 * - layout.ts   wheelLayout(labels): sectors, rings, spokes, label and icon positions, bounds.
 *               Labels are each element's `wheelLabel` lines from the catalogues, passed in by
 *               the caller in the language of the moment; no line breaking happens here.
 * - series.ts   WheelSeries (what is drawn) and plotSeries(layout, series): points and lines.
 *               A class wheel (`distribution`) and one person over time (`moment`, up to
 *               three) are other series on the same wheel; see series.ts for how they plug in.
 * - styles.ts   colour, dash and marker per series; markers.ts: each marker as basic shapes.
 * - icons.ts    the element icons as path data; faces.ts: the five faces as basic shapes.
 * - geometry.ts polar coordinates, sector and line paths.
 * - mini.ts     the walk-through's small navigation wheel.
 * - svg.ts      the wheel as a static SVG string (HTML file, PDF).
 *
 * Renderers: components/wheel/wheel.svelte (overview, plan sheet), mini-wheel.svelte
 * (walk-through), element-icon.svelte, and export/wheel-svg.ts (which reads the current
 * language's texts and calls wheelSvg).
 */
export { FACE_GRID, faceShapes } from './faces';
export { linePath, polar, round2, sectorPath, type Point } from './geometry';
export { ELEMENT_ICONS, ICON_GRID, ICON_STROKE, type IconShape } from './icons';
export {
	CHAR_WIDTH,
	PAD,
	RADIUS,
	RING_FONT_SIZE,
	SECTOR,
	viewBox,
	wheelLayout,
	type Box,
	type SectorLayout,
	type WheelLabels,
	type WheelLayout
} from './layout';
export { markerShapes, type Shape } from './markers';
export { miniWheelLayout, type MiniSector } from './mini';
export {
	plotSeries,
	scoreSeries,
	type DistributionSeries,
	type MomentSeries,
	type PlottedPoint,
	type PlottedSeries,
	type ScoreSeries,
	type WheelSeries
} from './series';
export {
	EARLIER_DASH,
	MARKERS,
	SERIES_STYLES,
	momentStyle,
	personMomentStyle,
	seriesStyle,
	type MarkerShape,
	type SeriesStyle
} from './styles';
export { escapeHtml, faceSvg, wheelSvg, type WheelSvgOptions } from './svg';
