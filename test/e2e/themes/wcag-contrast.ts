/**
 * WCAG 2.2 contrast of computed CSS colours: relative luminance and contrast ratio as defined in
 * https://www.w3.org/TR/WCAG22/#dfn-relative-luminance and #dfn-contrast-ratio (success criterion 1.4.3 asks
 * 4.5:1 for body text, 3:1 for large text). Translucent colours are composited over what is behind them
 * first, because the ratio is only defined for opaque colours.
 */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

/** Chromium's computed colours: `rgb(r, g, b)` or `rgba(r, g, b, a)`. */
export function parseCssColor(value: string): Rgba {
  const match = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+))?\s*\)$/.exec(
    value.trim(),
  );
  if (!match) throw new Error(`Not a computed rgb() colour: ${value}`);
  const [, r, g, b, a] = match;
  return { r: Number(r), g: Number(g), b: Number(b), a: a === undefined ? 1 : Number(a) };
}

/** `top` painted over an opaque `bottom` (source-over). */
export function over(top: Rgba, bottom: Rgba): Rgba {
  const mix = (t: number, b: number) => t * top.a + b * (1 - top.a);
  return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), a: 1 };
}

/**
 * The colour seen through a stack of backgrounds, innermost first (an element, then its ancestors), over
 * `canvas` when every layer lets something through.
 */
export function flatten(layers: readonly Rgba[], canvas: Rgba): Rgba {
  return layers.reduceRight((below, layer) => over(layer, below), canvas);
}

function channel(value: number): number {
  const s = value / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

export function relativeLuminance(color: Rgba): number {
  return 0.2126 * channel(color.r) + 0.7152 * channel(color.g) + 0.0722 * channel(color.b);
}

export function contrastRatio(text: Rgba, background: Rgba): number {
  const fg = relativeLuminance(over(text, background));
  const bg = relativeLuminance(background);
  return (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
}
