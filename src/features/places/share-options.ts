/** The places table as CSV: the rows the reader sees (filter and order from the link). */
import { fileSlug, type ShareDownloads } from '../../components/share/downloads';
import type { JurisdictionSummary, ModelSummary } from '../../content/payloads';
import { messages } from '../../i18n/messages';
import { placesMessages } from '../../i18n/places';
import { shareMessages } from '../../i18n/share';

const t = placesMessages;
const CRIMES = ['selling', 'buying', 'thirdParties'] as const;

export function placesDownloads(
  places: readonly JurisdictionSummary[],
  models: readonly ModelSummary[],
  model: ModelSummary | undefined,
): ShareDownloads {
  return {
    fileStem: fileSlug('places', model?.id),
    title: model ? `${t.title}: ${model.name}` : t.title,
    loadTable: async () => [
      [
        shareMessages.csv.id,
        t.columns.name,
        t.columns.kindOf,
        t.columns.partOf,
        t.columns.model,
        t.columns.fit,
        t.columns.year,
        ...CRIMES.map((c) => t.columns[c]),
      ],
      ...places.map((p) => [
        p.id,
        p.name,
        t.kinds[p.kind],
        p.parent,
        models.find((m) => m.id === p.model)?.name ?? p.model,
        t.fitShort[p.fit],
        p.yearInForce,
        ...CRIMES.map((c) => messages.models.statuses[p.crimes[c]]),
      ]),
    ],
  };
}
