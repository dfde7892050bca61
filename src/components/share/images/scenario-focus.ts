/**
 * A scenario picture with a model in focus: that model's outcome in a panel of its own (its
 * headline large and whole, every rating, and its explanation when it fits whole), beside the
 * other three in brief (landscape) or above them (square).
 */
import { DIMENSIONS } from '../../../content/vocabulary';
import { shareMessages } from '../../../i18n/share';
import { chipsFor, flowChips } from './chips';
import type { Box, ImageFrame } from './frame';
import type { ScenarioImageModel } from './scenario-image';
import { ACCENT, INK, PANEL, rect, textLines } from './svg';
import { fitText, type Measure } from './text-fit';

type DrawCells = (box: Box, models: ScenarioImageModel[], columns: number) => string;

export function focusLayout(
  box: Box,
  u: number,
  focus: ScenarioImageModel,
  others: ScenarioImageModel[],
  frame: ImageFrame,
  drawCells: DrawCells,
): string {
  const gap = 16 * u;
  if (frame.width / frame.height >= 1.5) {
    const mainWidth = box.width * 0.54;
    const panel = focusPanel(mainWidth, box.height, u, focus, frame.measure);
    const side = { x: box.x + mainWidth + gap, y: box.y, width: box.width - mainWidth - gap, height: box.height };
    return panel.draw(box.x, box.y, box.height) + drawCells(side, others, 1);
  }
  // Square: the panel takes what it needs, leaving the others room for their names and
  // ratings; if its headline cannot be whole that way, the others give up their room.
  const attempts = [100, 70].map((othersMin) =>
    focusPanel(box.width, box.height - othersMin * u - gap, u, focus, frame.measure),
  );
  const panel = attempts.find((p) => p.whole) ?? focusPanel(box.width, box.height, u, focus, frame.measure);
  const rest = box.height - panel.height - gap;
  const below = { x: box.x, y: box.y + panel.height + gap, width: box.width, height: rest };
  return panel.draw(box.x, box.y, panel.height) + (rest >= 60 * u ? drawCells(below, others, others.length) : '');
}

/** Lays out the panel for a width and at most a height; returns the height it needs and how to draw it. */
function focusPanel(width: number, maxHeight: number, u: number, model: ScenarioImageModel, measure: Measure) {
  const pad = 20 * u;
  const inner = width - 2 * pad;
  const name = fitText(
    `${model.name} · ${shareMessages.file.inFocus}`,
    { maxWidth: inner, maxLines: 1, maxSize: 28 * u, minSize: 14 * u, bold: true },
    measure,
  );
  // Every rating in words; in shorter words and smaller chips if the headline needs the room.
  const layouts = [
    { chips: chipsFor(model, DIMENSIONS, 'long'), chipSize: 16 * u },
    { chips: chipsFor(model, DIMENSIONS, 'short'), chipSize: 14 * u },
  ].map(({ chips, chipSize }) => {
    const chipsHeight = flowChips(0, 0, inner, chips, { size: chipSize, measure }).height;
    const fixed = 2 * pad + name.lineHeight + 6 * u + 10 * u + chipsHeight;
    // The headline in focus is always whole: it shrinks to fit, and is shortened only if even
    // the smallest type cannot hold it (the layout then asks for more room).
    const headline = fitText(
      model.headline,
      { maxWidth: inner, maxLines: 8, maxSize: 34 * u, minSize: 15 * u, bold: true, maxHeight: maxHeight - fixed },
      measure,
    );
    return { chips, chipSize, chipsHeight, fixed, headline };
  });
  const { chips, chipSize, chipsHeight, fixed, headline } = layouts.find((l) => !l.headline.shortened) ?? layouts[1]!;
  let height = fixed + headline.lines.length * headline.lineHeight;
  const room = maxHeight - height - 12 * u;
  // Only a whole explanation: a cut one could say something the source does not.
  const explanation =
    model.explanation && room > 60 * u
      ? fitText(
          model.explanation,
          { maxWidth: inner, maxLines: 20, maxSize: 21 * u, minSize: 15 * u, maxHeight: room },
          measure,
        )
      : undefined;
  const showExplanation = explanation !== undefined && !explanation.shortened;
  if (showExplanation) height += 12 * u + explanation.lines.length * explanation.lineHeight;
  return {
    height,
    whole: !headline.shortened,
    draw: (x: number, y: number, boxHeight: number) => {
      const headlineTop = y + pad + name.lineHeight + 6 * u;
      const chipsTop = headlineTop + headline.lines.length * headline.lineHeight + 10 * u;
      return [
        rect(x, y, width, boxHeight, PANEL, 12 * u),
        rect(x, y, 8 * u, boxHeight, ACCENT, 4 * u),
        textLines(x + pad, y + pad, name, { bold: true, fill: ACCENT }),
        textLines(x + pad, headlineTop, headline, { bold: true, fill: INK }),
        flowChips(x + pad, chipsTop, inner, chips, { size: chipSize, measure }).svg,
        showExplanation ? textLines(x + pad, chipsTop + chipsHeight + 12 * u, explanation, { fill: INK }) : '',
      ].join('');
    },
  };
}
