/**
 * The map's key, used everywhere a model is named in this feature: each model has a colour
 * and, as a second signal that survives colour blindness and greyscale printing, a pattern.
 * A hybrid place (it mixes models) shows its closest model's colour and pattern crossed by wide
 * bands, so it never reads as a clean case of that model. Colours live in styles.css and
 * styles-reading.css (CSS classes, no inline styles); the patterns are defined once per page by
 * <MapPatterns/> and referenced by id from the map and from every swatch.
 */
import type { ReactNode } from 'react';
import type { ModelSummary } from '../../content/payloads';
import { MODEL_IDS, type ModelId } from '../../content/vocabulary';
import { placesMessages } from '../../i18n/places';

type Fill = ModelId | 'parts' | 'no-data';

// Decriminalisation and "no data" are plain fills (told apart by colour and lightness).
const INK: Partial<Record<Fill, ReactNode>> = {
  criminalisation: <path d="M0 0L8 8M8 0L0 8" />,
  legalisation: <circle cx="4" cy="4" r="1.7" />,
  nordic: <path d="M-2 2L2 -2M0 8L8 0M6 10L10 6" />,
  parts: <path d="M0 2H8M0 6H8" />,
};

function Tile({ fill }: { fill: Fill }) {
  return (
    <>
      <rect className={`map-pattern-bg ${fill}`} width="8" height="8" />
      {INK[fill] && <g className={`map-pattern-ink ${fill}`}>{INK[fill]}</g>}
    </>
  );
}

/**
 * The patterns, as <pattern> elements with ids `${prefix}-${fill}`. The map draws its own copy,
 * scaled against its zoom, so a pattern keeps its size on screen however far the map zooms in.
 */
export function PatternDefs({ prefix, scale = 1 }: { prefix: string; scale?: number }) {
  const transform = scale === 1 ? undefined : `scale(${scale})`;
  return (
    <>
      {Object.keys(INK).map((fill) => (
        <pattern
          key={fill}
          id={`${prefix}-${fill}`}
          patternUnits="userSpaceOnUse"
          width="8"
          height="8"
          patternTransform={transform}
        >
          <Tile fill={fill as Fill} />
        </pattern>
      ))}
      {MODEL_IDS.map((model) => (
        <pattern
          key={model}
          id={`${prefix}-hybrid-${model}`}
          patternUnits="userSpaceOnUse"
          width="8"
          height="8"
          patternTransform={transform}
        >
          <Tile fill={model} />
          <rect className={`map-hybrid-band ${model}`} width="3" height="8" />
        </pattern>
      ))}
    </>
  );
}

/** The patterns the key's swatches (and the table's, and the timeline's) use, once per page. */
export function MapPatterns() {
  return (
    <svg className="map-patterns" aria-hidden="true" focusable="false" width="0" height="0">
      <defs>
        <PatternDefs prefix="map-pattern" />
      </defs>
    </svg>
  );
}

export function Swatch({ fill, hybrid = false }: { fill: Fill; hybrid?: boolean }) {
  const className = fill === 'parts' || fill === 'no-data' ? fill : `model-${fill}${hybrid ? ' is-hybrid' : ''}`;
  return (
    <svg className="swatch" viewBox="0 0 24 16" aria-hidden="true" focusable="false">
      <rect className={`map-fill ${className}`} width="24" height="16" />
    </svg>
  );
}

/**
 * A model's name with its swatch, so the table and the timeline read like the map. A hybrid
 * place's swatch is banded as on the map; where it is shown, its fit says "Hybrid" in words.
 */
export function ModelTag({ model, hybrid = false }: { model: Pick<ModelSummary, 'id' | 'name'>; hybrid?: boolean }) {
  return (
    <span className="model-tag">
      <Swatch fill={model.id} hybrid={hybrid} />
      {model.name}
    </span>
  );
}

export function MapLegend({ models }: { models: readonly ModelSummary[] }) {
  const t = placesMessages.map;
  return (
    <div className="map-legend">
      <h2 id="map-key">{t.legend}</h2>
      <ul aria-labelledby="map-key">
        {models.map((m) => (
          <li key={m.id}>
            <ModelTag model={m} />
          </li>
        ))}
        <li>
          <Swatch fill="criminalisation" hybrid />
          {t.hybrid}
        </li>
        <li>
          <Swatch fill="parts" />
          {t.parts}
        </li>
        <li>
          <Swatch fill="no-data" />
          {t.noData}
        </li>
      </ul>
    </div>
  );
}
