import { REGIMES } from '../../schemas/vocab.ts';

/**
 * Colours from the Okabe–Ito palette, chosen for colour-blind readers. Each has
 * at least 3:1 contrast against both the light (#fff) and the dark (#131517)
 * page background (WCAG 1.4.11), and every chart pairs colour with a second cue
 * (symbol shape or a direct label), so colour is never the only carrier.
 */
export const REGIME_COLORS: Record<keyof typeof REGIMES, string> = {
  'social-democratic': '#0072B2',
  'conservative-corporatist': '#D55E00',
  liberal: '#009E73',
};

/** Plain names of the regime colours, for text descriptions. */
export const REGIME_COLOR_NAMES: Record<keyof typeof REGIMES, string> = {
  'social-democratic': 'blue',
  'conservative-corporatist': 'orange',
  liberal: 'green',
};

export const REGIME_SYMBOLS: Record<keyof typeof REGIMES, string> = {
  'social-democratic': 'circle',
  'conservative-corporatist': 'square',
  liberal: 'triangle',
};

/** Colours for the two cities of the Oslo–Berlin comparison. */
export const CITY_COLORS = { oslo: '#0072B2', berlin: '#D55E00' } as const;

/** Chart widths: the wide render for desktop, the narrow one for phones (near 1:1 on a 320 px screen, so 13 px text stays legible). */
export const WIDTHS = { wide: 640, narrow: 300 } as const;
export type ChartWidth = keyof typeof WIDTHS;

/** Base text size of every chart, in px at its intrinsic width. */
export const FONT_SIZE = 13;

/** The main series colour of the site's charts (Okabe–Ito blue). */
export const PRIMARY = '#0072B2';

/** Ends of the sequential scale of counts in a grid (light to dark blue), and the text colours on its light and dark cells. */
export const SEQUENTIAL = { low: '#f1f5f9', high: '#0b4f7c', textOnLow: 'black', textOnHigh: 'white' } as const;

/** A tick formatter that cuts labels longer than `max` characters with an ellipsis, so long names never push a chart's frame. */
export function truncateTick(max: number): (label: string) => string {
  return (label) => (label.length > max ? `${label.slice(0, max - 1)}…` : label);
}

/**
 * Width in px of a label set in the chart font, estimated per character
 * class (system-ui varies by platform, so the estimate errs wide): narrow
 * letters and punctuation, capitals and digits, wide letters, and the rest.
 */
export function textWidth(label: string, fontSize: number): number {
  let em = 0;
  for (const ch of label) {
    if (/[iljtfrI.,:;'’!|() ]/.test(ch)) em += 0.34;
    else if (/[mwMW]/.test(ch)) em += 0.95;
    else if (/[A-Z0-9ÆØÅÄÖÜ]/.test(ch)) em += 0.72;
    else em += 0.62;
  }
  return em * fontSize;
}

/**
 * The left margin that fits a band axis's labels, and the tick formatter that
 * cuts those too long for `share` of the chart's width. Fixed margins clipped
 * long names ("lborg co-creation project"); this sizes the margin to the
 * labels, so nothing is cut that fits and nothing fits that is cut.
 */
export function labelAxis(labels: readonly string[], width: ChartWidth, { fontSize = FONT_SIZE, share = width === 'narrow' ? 0.42 : 0.36, min = 40 } = {}): { margin: number; tickFormat: (label: string) => string } {
  // Tick (6 px), its padding (3 px) and a few px of slack for the font's own metrics.
  const room = Math.floor(WIDTHS[width] * share) - 14;
  const cut = (label: string): string => {
    if (textWidth(label, fontSize) <= room) return label;
    let n = label.length;
    while (n > 1 && textWidth(`${label.slice(0, n).trimEnd()}…`, fontSize) > room) n--;
    return `${label.slice(0, n).trimEnd()}…`;
  };
  const widest = Math.max(0, ...labels.map((l) => textWidth(cut(l), fontSize)));
  return { margin: Math.max(min, Math.ceil(widest) + 16), tickFormat: cut };
}
