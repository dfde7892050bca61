/**
 * A scenario as a picture: its title and what happens under each model, with the ratings as
 * chips. With a model in focus, that model's outcome leads (its headline large, every rating,
 * and its explanation when it fits whole) beside the other three in brief.
 */
import {
  RATING_LEVELS,
  REQUIRED_DIMENSIONS,
  type ConfidenceLevel,
  type Dimension,
  type ModelId,
  type RatingLevel,
} from '../../../content/vocabulary';
import { messages } from '../../../i18n/messages';
import { shareMessages } from '../../../i18n/share';
import { chipsFor, flowChips, type Chip } from './chips';
import { drawFrame, drawTitle, type Box, type ImageFrame } from './frame';
import { ACCENT, INK, MUTED, PANEL, RATING_STYLE, rect, textLines } from './svg';
import { focusLayout } from './scenario-focus';
import { fitText, type Measure } from './text-fit';

export interface ScenarioImageModel {
  id: ModelId;
  name: string;
  headline: string;
  /** Plain text (no glossary markup); drawn for the model in focus when it fits whole. */
  explanation?: string;
  ratings: Partial<Record<Dimension, RatingLevel>>;
  /** How strong the outcome's evidence is: a Better or Worse on limited evidence gets a caution chip. */
  confidence?: ConfidenceLevel;
}

export interface ScenarioImageData {
  title: string;
  models: ScenarioImageModel[];
  focus?: ModelId;
}

const t = shareMessages.file;

export function scenarioImageSvg(frame: ImageFrame, data: ScenarioImageData): string {
  return drawFrame(frame, (box, u) => {
    const title = drawTitle(box, u, data.title, frame.measure);
    const focus = data.models.find((m) => m.id === data.focus);
    const top = box.y + title.height + 8 * u;
    if (focus) {
      const rest = { ...box, y: top, height: box.y + box.height - top };
      const others = data.models.filter((m) => m !== focus);
      return (
        title.svg +
        focusLayout(rest, u, focus, others, frame, (box, models, columns) =>
          cells(box, u, models, columns, frame.measure),
        )
      );
    }
    // The mark's meaning joins the legend; to keep it on the one line, the line may shrink to
    // the headlines' own smallest type (12u) rather than take a headline's room.
    const marked = data.models.some((m) =>
      chipsFor(m, REQUIRED_DIMENSIONS, 'brief').some((c) => c.label.endsWith(` ${t.cautionMark}`)),
    );
    const subtitle = fitText(
      `${t.underEachModel} · ${legend()}${marked ? `  ${t.cautionLegend}` : ''}`,
      { maxWidth: box.width, maxLines: 1, maxSize: 22 * u, minSize: (marked ? 12 : 14) * u },
      frame.measure,
    );
    const gridTop = top + subtitle.lines.length * subtitle.lineHeight + 10 * u;
    const grid = { ...box, y: gridTop, height: box.y + box.height - gridTop };
    const columns = frame.width / frame.height >= 1.6 && frame.width >= 1600 ? 4 : 2;
    return (
      title.svg + textLines(box.x, top, subtitle, { fill: MUTED }) + cells(grid, u, data.models, columns, frame.measure)
    );
  });
}

function cells(box: Box, u: number, models: ScenarioImageModel[], columns: number, measure: Measure): string {
  const gap = 14 * u;
  const rows = Math.ceil(models.length / columns);
  const width = (box.width - gap * (columns - 1)) / columns;
  const height = (box.height - gap * (rows - 1)) / rows;
  return models
    .map((model, i) => {
      const cell = {
        x: box.x + (i % columns) * (width + gap),
        y: box.y + Math.floor(i / columns) * (height + gap),
        width,
        height,
      };
      return modelCell(cell, u, model, measure);
    })
    .join('');
}

/**
 * A model in brief: its name, the three required ratings, and its headline, whole. Where the
 * headline cannot fit whole even in small type, the cell leaves it out rather than cut it.
 */
function modelCell(box: Box, u: number, model: ScenarioImageModel, measure: Measure): string {
  const pad = 14 * u;
  const inner = box.width - 2 * pad;
  const name = fitText(
    model.name,
    { maxWidth: inner, maxLines: 1, maxSize: 25 * u, minSize: 11 * u, bold: true },
    measure,
  );
  const chips = chipsFor(model, REQUIRED_DIMENSIONS, 'brief');
  // The chips beside the name where they fit on its line, leaving the most room for the headline.
  const nameWidth = measure(name.lines[0] ?? '', name.size, true) + 12 * u;
  const chipSize = 13 * u;
  const beside = flowChips(
    box.x + pad + nameWidth,
    box.y + pad + (name.size * 1.15 - chipSize * 1.7) / 2,
    inner - nameWidth,
    chips,
    { size: chipSize, measure },
  );
  const besideFits = inner - nameWidth > inner * 0.35 && beside.height < chipSize * 2;
  const chipsTop = box.y + pad + name.lineHeight + 2 * u;
  const below = chipsBelow(box.x + pad, chipsTop, inner, box.y + box.height - pad / 2, u, chips, measure);
  const chipsSvg = besideFits ? beside.svg : below.svg;
  const headlineTop = besideFits ? box.y + pad + name.lineHeight + 6 * u : chipsTop + below.height + 8 * u;
  const headline = fitText(
    model.headline,
    {
      maxWidth: inner,
      maxLines: 6,
      maxSize: 23 * u,
      minSize: 12 * u,
      maxHeight: box.y + box.height - pad / 2 - headlineTop,
    },
    measure,
  );
  return (
    rect(box.x, box.y, box.width, box.height, PANEL, 10 * u) +
    textLines(box.x + pad, box.y + pad, name, { bold: true, fill: ACCENT }) +
    chipsSvg +
    (headline.shortened ? '' : textLines(box.x + pad, headlineTop, headline, { fill: INK }))
  );
}

/**
 * Chips under a name: the fewest rows that fit above `bottom` (more room for the headline),
 * in the largest type that gives them; the smallest type if none fits.
 */
function chipsBelow(x: number, top: number, width: number, bottom: number, u: number, chips: Chip[], measure: Measure) {
  const options = [15, 13, 11, 9].map((size) => {
    const laid = flowChips(x, top, width, chips, { size: size * u, measure });
    return { ...laid, rows: Math.round((laid.height + 0.45 * size * u) / (2.15 * size * u)) };
  });
  const fitting = options.filter((o) => top + o.height <= bottom);
  if (fitting.length === 0) return options.at(-1)!;
  const fewest = Math.min(...fitting.map((o) => o.rows));
  return fitting.find((o) => o.rows === fewest)!;
}

/** What the icons mean, since brief chips show the icon without the word. */
export function legend(): string {
  return RATING_LEVELS.map((level) => `${RATING_STYLE[level].icon} ${messages.ratings[level]}`).join('  ');
}
