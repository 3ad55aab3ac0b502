// The parts of js-aruco2 (CommonJS, no types of its own) that detector.ts uses.
declare module 'js-aruco2' {
	export interface ArPoint {
		x: number;
		y: number;
	}
	export interface ArImage {
		width: number;
		height: number;
		data: ArrayLike<number> & { [i: number]: number };
	}
	export interface ArMarker {
		id: number;
		corners: ArPoint[];
		hammingDistance: number;
	}
	export interface ArDetector {
		grey: ArImage;
		thres: ArImage;
		binary: ArrayLike<number> & { [i: number]: number };
		detect(image: ArImage): ArMarker[];
		findCandidates(
			contours: ArPoint[][],
			minSize: number,
			epsilon: number,
			minLength: number
		): ArPoint[][];
		clockwiseCorners(candidates: ArPoint[][]): ArPoint[][];
		notTooNear(candidates: ArPoint[][], minDist: number): ArPoint[][];
		findMarkers(image: ArImage, candidates: ArPoint[][], warpSize: number): ArMarker[];
		getMarker(warped: ArImage, candidate: ArPoint[]): ArMarker | null;
	}
	export interface ArDictionaryEntry {
		nBits: number;
		tau: number | null;
		codeList: (number | string | number[])[];
	}
	const aruco: {
		AR: {
			DICTIONARIES: Record<string, ArDictionaryEntry>;
			Detector: new (config: { dictionaryName: string; maxHammingDistance?: number }) => ArDetector;
		};
	};
	export default aruco;
}

declare module 'js-aruco2/src/cv.js' {
	import type { ArImage, ArPoint } from 'js-aruco2';
	const cv: {
		CV: {
			grayscale(src: ArImage, dst: ArImage): ArImage;
			stackBoxBlur(src: ArImage, dst: ArImage, kernelSize: number): ArImage;
			adaptiveThreshold(src: ArImage, dst: ArImage, kernelSize: number, threshold: number): ArImage;
			findContours(src: ArImage, binary: ArrayLike<number>): ArPoint[][];
			warp(src: ArImage, dst: ArImage, contour: ArPoint[], warpSize: number): ArImage;
			otsu(src: ArImage): number;
			threshold(src: ArImage, dst: ArImage, threshold: number): ArImage;
		};
	};
	export default cv;
}
