/**
 * The map's key, used everywhere a model is named in this feature: each model has a colour
 * and, as a second signal that survives colour blindness and greyscale printing, a pattern.
 * Colours live in styles.css (CSS classes, no inline styles); the patterns are defined once
 * per page by <MapPatterns/> and referenced by id from the map and from every swatch.
 */
import type { ReactNode } from 'react';
import type { ModelSummary } from '../../content/payloads';
import type { ModelId } from '../../content/vocabulary';
import { placesMessages } from '../../i18n/places';

type Fill = ModelId | 'parts' | 'no-data';

// Decriminalisation and "no data" are plain fills (told apart by colour and lightness).
const INK: Partial<Record<Fill, ReactNode>> = {
  criminalisation: <path d="M0 0L8 8M8 0L0 8" />,
  legalisation: <circle cx="4" cy="4" r="1.7" />,
  nordic: <path d="M-2 2L2 -2M0 8L8 0M6 10L10 6" />,
  parts: <path d="M0 2H8M0 6H8" />,
};

export function MapPatterns() {
  return (
    <svg className="map-patterns" aria-hidden="true" focusable="false" width="0" height="0">
      <defs>
        {Object.entries(INK).map(([fill, ink]) => (
          <pattern key={fill} id={`map-pattern-${fill}`} patternUnits="userSpaceOnUse" width="8" height="8">
            <rect className={`map-pattern-bg ${fill}`} width="8" height="8" />
            <g className={`map-pattern-ink ${fill}`}>{ink}</g>
          </pattern>
        ))}
      </defs>
    </svg>
  );
}

export function Swatch({ fill }: { fill: Fill }) {
  const className = fill === 'parts' || fill === 'no-data' ? fill : `model-${fill}`;
  return (
    <svg className="swatch" viewBox="0 0 24 16" aria-hidden="true" focusable="false">
      <rect className={`map-fill ${className}`} width="24" height="16" />
    </svg>
  );
}

/** A model's name with its swatch, so the table and the timeline read like the map. */
export function ModelTag({ model }: { model: Pick<ModelSummary, 'id' | 'name'> }) {
  return (
    <span className="model-tag">
      <Swatch fill={model.id} />
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
