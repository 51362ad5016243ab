import { escapeXml } from '../escape-xml.ts';
import { WIDTHS } from './palette.ts';
import type { AnyChart } from './spec.ts';

/** What a chart taken away must say about itself: where its values come from and where it lives. */
export interface StandaloneParts {
  /** The wide render as SVG markup (renderChart). */
  svg: string;
  /** Publishers of the plotted values. */
  publishers: string[];
  version: string;
  /** Absolute address of the chart's values, for anyone who finds the image on its own. */
  dataUrl: string;
}

const INK = '#1a1a1a';
const MUTED = '#4a4f55';
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif';

/** Break text into lines of at most `max` characters, at spaces. */
export function wrapText(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * The chart as an SVG file to download: its title above, its sources, data
 * version and the address of its values below, on a white ground with dark
 * ink (a page's theme does not travel with the file). A slide or a paper that
 * uses the image then still says what it shows and where it comes from.
 */
export function standaloneSvg(spec: AnyChart, parts: StandaloneParts): string {
  const width = WIDTHS.wide;
  const plotHeight = Number(/\bheight="([\d.]+)"/.exec(parts.svg)?.[1] ?? NaN);
  if (!Number.isFinite(plotHeight)) throw new Error(`standaloneSvg: the render of chart "${spec.id}" has no height attribute.`);
  const titleLines = wrapText(spec.title, 60);
  const top = 10 + titleLines.length * 22;
  const footer = wrapText(
    `${parts.publishers.length ? `Source: ${parts.publishers.join('; ')}. ` : ''}Co-production Atlas, data version ${parts.version}. Values: ${parts.dataUrl}`,
    100,
  );
  const height = Math.ceil(top + plotHeight + 12 + footer.length * 15 + 6);
  // The plot keeps its own markup; only the attributes that tie it to a page (ids of the figure) go.
  const plot = parts.svg
    .replace(/\s(?:aria-labelledby|aria-describedby|role)="[^"]*"/g, '')
    .replace(/^<svg\b/, `<svg x="0" y="${top}"`);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="t" font-family='${FONT}' color="${INK}">`,
    `<title id="t">${escapeXml(spec.title)}</title>`,
    `<desc>${escapeXml(spec.description)}</desc>`,
    `<rect width="100%" height="100%" fill="white"/>`,
    ...titleLines.map((line, i) => `<text x="4" y="${26 + i * 22}" font-size="18" font-weight="700" fill="${INK}">${escapeXml(line)}</text>`),
    plot,
    ...footer.map((line, i) => `<text x="4" y="${top + plotHeight + 20 + i * 15}" font-size="11" fill="${MUTED}">${escapeXml(line)}</text>`),
    '</svg>',
    '',
  ].join('\n');
}
