// pdfmake 0.3's browser build (node_modules/pdfmake/build/pdfmake.js, with pdfkit and fontkit
// inside) starts every PDF from scratch: pdfkit parses each font file again with fontkit and
// shapes every word again (fontkit's GSUB/GPOS lookups), although the fonts never change. This
// plugin keeps both between PDFs: one fontkit font per font file (its tables, glyphs and layout
// engine parsed once) and one cache of shaped words per font. A subset of the glyphs used is
// still made per PDF (EmbeddedFont.subset), so every PDF embeds only its own glyphs.
// It also makes brotli's dictionary (for WOFF2 fonts, which the app never hands to fontkit)
// decompress on first use instead of when the script loads: about 130 ms at 4× CPU throttling.
// The replaced lines are checked: a pdfmake update that changes them fails the build loudly.
// Vite's config uses it for the app and the dev server's pre-bundling (tests).

/** @type {[string, string][]} Each: the text as pdfmake 0.3.11 has it, what it becomes. */
const PATCHES = [
	['\nBrotliDictionary.init();\n', '\n'],
	[
		'exports.init = function() {\n  exports.dictionary = data.init();\n};',
		`// Kansencirkel (scripts/vite-pdfmake.js): decompressed on first use, not on load.
let kansencirkelDictionary;
Object.defineProperty(exports, 'dictionary', {
  get: () => (kansencirkelDictionary ??= data.init()),
  enumerable: true
});
exports.init = function() {};`
	],
	[
		'class PDFFontFactory {',
		`// Kansencirkel (scripts/vite-pdfmake.js): one fontkit font per font file, one word cache per font.
const kansencirkelFonts = new WeakMap();
const kansencirkelLayouts = new WeakMap();
function kansencirkelFont(src, family) {
  let byFamily = kansencirkelFonts.get(src);
  if (!byFamily) kansencirkelFonts.set(src, (byFamily = new Map()));
  let font = byFamily.get(family || '');
  if (!font) byFamily.set(family || '', (font = (0, _fontkit.create)(src, family)));
  return font;
}
function kansencirkelLayoutCache(font) {
  let cache = kansencirkelLayouts.get(font);
  if (!cache) kansencirkelLayouts.set(font, (cache = Object.create(null)));
  return cache;
}
class PDFFontFactory {`
	],
	['font = (0, _fontkit.create)(src, family);', 'font = kansencirkelFont(src, family);'],
	[
		'font = (0, _fontkit.create)(new Uint8Array(src), family);',
		'font = (0, _fontkit.create)(new Uint8Array(src), family); // a copy: not cached'
	],
	[
		'      this.layoutCache = Object.create(null);\n    }\n  }\n  layoutRun(text, features) {',
		'      this.layoutCache = kansencirkelLayoutCache(this.font);\n    }\n  }\n  layoutRun(text, features) {'
	]
];

/** @returns {import('vite').Plugin} */
export function pdfmakeFontCache() {
	return {
		name: 'pdfmake-font-cache',
		transform(code, id) {
			if (!/[\\/]pdfmake[\\/]build[\\/]pdfmake\.js(\?|$)/.test(id)) return null;
			for (const [from, to] of PATCHES) {
				if (code.split(from).length !== 2)
					throw new Error(`pdfmake-font-cache: "${from.split('\n')[0]}" not found once in ${id}`);
				code = code.replace(from, () => to);
			}
			return { code, map: null };
		}
	};
}
