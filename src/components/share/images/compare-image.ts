/**
 * A comparison as a picture. When every scenario fits at a readable size it is the table
 * itself (scenarios × models, each cell a rating); otherwise, one bar per model counting how
 * many scenarios rate better, mixed or worse, which still reads at link-preview size.
 */
import { RATING_LEVELS, type ModelId, type RatingLevel } from '../../../content/vocabulary';
import { messages } from '../../../i18n/messages';
import { shareMessages } from '../../../i18n/share';
import { drawFrame, drawTitle, type Box, type ImageFrame } from './frame';
import { ACCENT, escapeXml, INK, MUTED, PANEL, RATING_STYLE, rect, textLines } from './svg';
import { fitText, type Measure } from './text-fit';

export interface CompareImageData {
  title: string;
  subtitle: string;
  models: { id: ModelId; name: string }[];
  /** `cautions`: whether each model's rating is a Better or Worse on limited evidence (decision 020). */
  scenarios: {
    title: string;
    ratings: Partial<Record<ModelId, RatingLevel>>;
    cautions?: Partial<Record<ModelId, boolean>>;
  }[];
}

const t = shareMessages.file;
const legend = () => RATING_LEVELS.map((level) => `${RATING_STYLE[level].icon} ${messages.ratings[level]}`).join('  ');

export function compareImageSvg(frame: ImageFrame, data: CompareImageData): string {
  return drawFrame(frame, (box, u) => {
    const title = drawTitle(box, u, data.title, frame.measure);
    const top = box.y + title.height + 6 * u;
    const subtitle = fitText(
      `${data.subtitle} · ${legend()}`,
      { maxWidth: box.width, maxLines: 1, maxSize: 22 * u, minSize: 14 * u },
      frame.measure,
    );
    const bodyTop = top + subtitle.lineHeight + 12 * u;
    // A Better or Worse on limited evidence is never shown bare: the table marks it and says
    // what the mark means; the bars, which cannot mark one rating, say how many there are.
    const cautions = data.scenarios.reduce((n, s) => n + data.models.filter((m) => s.cautions?.[m.id]).length, 0);
    const noteStyle = { maxWidth: box.width, maxLines: 2, maxSize: 20 * u, minSize: 13 * u };
    const noteRoom = cautions ? fitText(t.cautionCount(cautions), noteStyle, frame.measure) : undefined;
    const noteHeight = noteRoom ? noteRoom.lines.length * noteRoom.lineHeight + 10 * u : 0;
    const body = { ...box, y: bodyTop, height: box.y + box.height - bodyTop - noteHeight };
    const table = gridLayout(body, u, data, frame);
    const drawn = table ? table() : bars(body, u, data, frame.measure);
    const note = cautions
      ? fitText(table ? t.cautionMarked : t.cautionCount(cautions), noteStyle, frame.measure)
      : undefined;
    const noteSvg = note
      ? textLines(box.x, box.y + box.height - note.lines.length * note.lineHeight, note, { fill: INK })
      : '';
    return title.svg + textLines(box.x, top, subtitle, { fill: MUTED }) + drawn + noteSvg;
  });
}

/**
 * The table, if every row fits at a readable height and every scenario title fits whole in its
 * column (shrunk, never cut); otherwise undefined, and the picture shows bars instead.
 */
function gridLayout(box: Box, u: number, data: CompareImageData, frame: ImageFrame): (() => string) | undefined {
  const { measure } = frame;
  const rowMin = (frame.height >= 1000 ? 21 : 34) * u;
  const firstWidth = box.width * (data.models.length > 2 ? 0.46 : 0.55);
  const cellWidth = (box.width - firstWidth) / data.models.length;
  const headerSize = 17 * u;
  const names = data.models.map((model) =>
    fitText(
      model.name,
      { maxWidth: cellWidth - 8 * u, maxLines: 2, maxSize: headerSize, minSize: 11 * u, bold: true },
      measure,
    ),
  );
  const headerHeight = Math.max(rowMin, ...names.map((n) => n.lines.length * n.lineHeight + 8 * u));
  const rows = data.scenarios.length;
  if (rows === 0 || headerHeight + rows * rowMin > box.height || names.some((n) => n.shortened)) return undefined;
  const rowHeight = Math.min((box.height - headerHeight) / rows, 64 * u);
  const size = Math.min(18 * u, rowHeight * 0.46);
  const lines = rowHeight >= size * 2.6 ? 2 : 1;
  const titles = data.scenarios.map((s) =>
    fitText(
      s.title,
      { maxWidth: firstWidth - 16 * u, maxLines: lines, maxSize: size, minSize: 11 * u, maxHeight: rowHeight },
      measure,
    ),
  );
  if (titles.some((t) => t.shortened)) return undefined;
  return () => {
    const parts: string[] = [];
    names.forEach((name, i) => {
      const x = box.x + firstWidth + i * cellWidth + cellWidth / 2;
      parts.push(
        textLines(x, box.y + headerHeight - 4 * u - name.lines.length * name.lineHeight, name, {
          bold: true,
          fill: ACCENT,
          anchor: 'middle',
        }),
      );
    });
    data.scenarios.forEach((scenario, row) => {
      const y = box.y + headerHeight + row * rowHeight;
      if (row % 2 === 0) parts.push(rect(box.x, y, box.width, rowHeight, PANEL));
      const title = titles[row]!;
      parts.push(textLines(box.x + 8 * u, y + (rowHeight - title.lines.length * title.lineHeight) / 2, title));
      data.models.forEach((model, i) => {
        const cx = box.x + firstWidth + i * cellWidth + cellWidth / 2;
        parts.push(
          ratingCell(
            cx,
            y,
            cellWidth,
            rowHeight,
            scenario.ratings[model.id],
            Boolean(scenario.cautions?.[model.id]),
            size,
            measure,
          ),
        );
      });
    });
    return parts.join('');
  };
}

function ratingCell(
  cx: number,
  y: number,
  width: number,
  height: number,
  level: RatingLevel | undefined,
  caution: boolean,
  size: number,
  measure: Measure,
): string {
  const label = level
    ? `${RATING_STYLE[level].icon} ${messages.ratings[level]}${caution ? ` ${t.cautionMark}` : ''}`
    : t.notRated;
  const fitted = fitText(
    label,
    { maxWidth: width - 12, maxLines: 1, maxSize: size, minSize: size * 0.6, bold: Boolean(level) },
    measure,
  );
  const chipWidth = Math.min(
    width - 8,
    measure(fitted.lines[0] ?? '', fitted.size, Boolean(level)) + fitted.size * 1.2,
  );
  const chipHeight = Math.min(height - 6, fitted.size * 1.7);
  const chip = level
    ? rect(
        cx - chipWidth / 2,
        y + (height - chipHeight) / 2,
        chipWidth,
        chipHeight,
        RATING_STYLE[level].tint,
        chipHeight / 2,
      )
    : '';
  const fill = level ? RATING_STYLE[level].ink : MUTED;
  return (
    chip +
    textLines(cx, y + (height - fitted.size * 1.15) / 2, fitted, { bold: Boolean(level), fill, anchor: 'middle' })
  );
}

/** One bar per model: how many scenarios rate better, mixed, worse (and not rated). */
function bars(box: Box, u: number, data: CompareImageData, measure: Measure): string {
  const rowHeight = Math.min(box.height / data.models.length, 96 * u);
  const nameWidth = box.width * 0.3;
  const barWidth = box.width - nameWidth;
  const total = Math.max(1, data.scenarios.length);
  const parts: string[] = [];
  // Every model's name in one size: the largest at which each fits its column.
  const nameSize = Math.min(
    ...data.models.map(
      (m) =>
        fitText(
          m.name,
          {
            maxWidth: nameWidth - 16 * u,
            maxLines: 2,
            maxSize: 26 * u,
            minSize: 12 * u,
            bold: true,
            maxHeight: rowHeight,
          },
          measure,
        ).size,
    ),
  );
  data.models.forEach((model, i) => {
    const y = box.y + i * rowHeight;
    const barHeight = rowHeight * 0.62;
    const barTop = y + (rowHeight - barHeight) / 2;
    const name = fitText(
      model.name,
      { maxWidth: nameWidth - 16 * u, maxLines: 2, maxSize: nameSize, minSize: nameSize, bold: true },
      measure,
    );
    parts.push(
      textLines(box.x, y + (rowHeight - name.lines.length * name.lineHeight) / 2, name, { bold: true, fill: INK }),
    );
    let x = box.x + nameWidth;
    const counts = countLevels(data, model.id);
    for (const [level, count] of counts) {
      if (count === 0) continue;
      const width = (barWidth * count) / total;
      const style = level === 'unrated' ? { tint: '#eeeeee', ink: MUTED, icon: '–' } : RATING_STYLE[level];
      parts.push(rect(x, barTop, width - 2 * u, barHeight, style.tint, 6 * u));
      const word = level === 'unrated' ? shareMessages.file.notRated : messages.ratings[level];
      const full = Math.min(22 * u, barHeight * 0.42);
      const long = `${style.icon} ${count} ${word}`;
      const short = `${style.icon} ${count}`;
      // The count with its word; else the count alone, in smaller type if a narrow bar needs it.
      const fitsAt = (text: string, size: number) => measure(text, size, true) <= width - 8 * u;
      const [label, size] = fitsAt(long, full)
        ? [long, full]
        : fitsAt(short, full)
          ? [short, full]
          : fitsAt(short, full * 0.7)
            ? [short, full * 0.7]
            : ['', full];
      if (label) {
        parts.push(
          `<text x="${(x + width / 2).toFixed(1)}" y="${(barTop + barHeight / 2 + size * 0.36).toFixed(1)}" font-size="${size.toFixed(1)}" font-weight="bold" fill="${style.ink}" text-anchor="middle">${escapeXml(label)}</text>`,
        );
      }
      x += width;
    }
  });
  return parts.join('');
}

function countLevels(data: CompareImageData, model: ModelId): [RatingLevel | 'unrated', number][] {
  const counts = new Map<RatingLevel | 'unrated', number>([
    ...RATING_LEVELS.map((l) => [l, 0] as const),
    ['unrated', 0],
  ]);
  for (const s of data.scenarios) {
    const level = s.ratings[model] ?? 'unrated';
    counts.set(level, (counts.get(level) ?? 0) + 1);
  }
  return [...counts];
}
