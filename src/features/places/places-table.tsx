/**
 * Every place as a table: the accessible equivalent of the map, and complete (states,
 * territories and cities too). Sorting is done with buttons in the column headers; on a phone,
 * where each place is a card and the headers are not shown, with a row of buttons above it.
 */
import { Link } from 'react-router';
import { StackedTable, StackLabel } from '../../components/stacked-table';
import { paths } from '../../config/paths';
import type { JurisdictionSummary, ModelSummary } from '../../content/payloads';
import { placesMessages } from '../../i18n/places';
import { ModelTag } from './model-key';
import { StatusWord } from './status-word';
import { SORT_KEYS, type PlacesState, type SortKey } from './url-state';

const t = placesMessages;
const CRIMES = ['selling', 'buying', 'thirdParties'] as const;
export const PLACES_CAPTION_ID = 'places-caption';

interface Props {
  places: readonly JurisdictionSummary[];
  models: readonly ModelSummary[];
  state: PlacesState;
  onSort: (key: SortKey) => void;
}

function SortIcon({ active, descending }: { active: boolean; descending: boolean }) {
  return (
    <span className="sort-icon" aria-hidden="true">
      {active ? (descending ? '▼' : '▲') : '↕'}
    </span>
  );
}

export function PlacesTable({ places, models, state, onSort }: Props) {
  const sortable = (key: SortKey) => {
    const active = state.sort === key;
    return (
      <th scope="col" aria-sort={active ? (state.descending ? 'descending' : 'ascending') : undefined}>
        <button type="button" className="sort-button" onClick={() => onSort(key)} aria-label={t.sortBy(t.columns[key])}>
          {t.columns[key]}
          <SortIcon active={active} descending={state.descending} />
        </button>
      </th>
    );
  };
  return (
    <>
      {/* Shown only where the table is a list of cards (styles-reading.css). */}
      <div className="sort-control" role="group" aria-label={t.sortControl}>
        <span aria-hidden="true">{t.sortControl}:</span>
        {SORT_KEYS.map((key) => (
          <button key={key} type="button" aria-pressed={state.sort === key} onClick={() => onSort(key)}>
            {t.columns[key]}
            <SortIcon active={state.sort === key} descending={state.descending} />
          </button>
        ))}
      </div>
      <StackedTable stacks labelledBy={PLACES_CAPTION_ID} className="places-table">
        <caption id={PLACES_CAPTION_ID}>{t.tableCaption}</caption>
        <thead>
          <tr>
            {sortable('name')}
            {sortable('model')}
            <th scope="col">{t.columns.fit}</th>
            {sortable('year')}
            {CRIMES.map((c) => (
              <th key={c} scope="col">
                {t.columns[c]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {places.map((p) => {
            const model = models.find((m) => m.id === p.model);
            return (
              <tr key={p.id}>
                <th scope="row">
                  <Link to={paths.place.getHref(p.id)}>{p.name}</Link>
                  {p.parent && <span className="place-kind">{t.partOf(t.kinds[p.kind], p.parent)}</span>}
                </th>
                <td>
                  <StackLabel>{t.columns.model}</StackLabel>
                  {model ? <ModelTag model={model} hybrid={p.fit === 'hybrid'} /> : p.model}
                </td>
                <td>
                  <StackLabel>{t.columns.fit}</StackLabel>
                  <span className={`fit fit-${p.fit}`}>{t.fitShort[p.fit]}</span>
                </td>
                <td>
                  <StackLabel>{t.columns.year}</StackLabel>
                  <span>
                    {p.yearInForce ?? (
                      <>
                        <span aria-hidden="true">—</span>
                        <span className="visually-hidden">{t.yearUnknown}</span>
                      </>
                    )}
                  </span>
                </td>
                {CRIMES.map((c) => (
                  <td key={c}>
                    <StackLabel>{t.columns[c]}</StackLabel>
                    <StatusWord status={p.crimes[c]} />
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </StackedTable>
    </>
  );
}
