/**
 * Every place as a table: the accessible equivalent of the map, and complete (states,
 * territories and cities too). Sorting is done with buttons in the column headers.
 */
import { Link } from 'react-router';
import { paths } from '../../config/paths';
import type { JurisdictionSummary, ModelSummary } from '../../content/payloads';
import { placesMessages } from '../../i18n/places';
import { ModelTag } from './model-key';
import { StatusWord } from './status-word';
import type { PlacesState, SortKey } from './url-state';

const t = placesMessages;
const CRIMES = ['selling', 'buying', 'thirdParties'] as const;

interface Props {
  places: readonly JurisdictionSummary[];
  models: readonly ModelSummary[];
  state: PlacesState;
  onSort: (key: SortKey) => void;
}

export function PlacesTable({ places, models, state, onSort }: Props) {
  const sortable = (key: SortKey) => {
    const active = state.sort === key;
    return (
      <th scope="col" aria-sort={active ? (state.descending ? 'descending' : 'ascending') : undefined}>
        <button type="button" className="sort-button" onClick={() => onSort(key)} aria-label={t.sortBy(t.columns[key])}>
          {t.columns[key]}
          <span className="sort-icon" aria-hidden="true">
            {active ? (state.descending ? '▼' : '▲') : '↕'}
          </span>
        </button>
      </th>
    );
  };
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="places-caption">
      <table className="places-table">
        <caption id="places-caption">{t.tableCaption}</caption>
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
                <td>{model ? <ModelTag model={model} /> : p.model}</td>
                <td>{t.fitShort[p.fit]}</td>
                <td>
                  {p.yearInForce ?? (
                    <>
                      <span aria-hidden="true">—</span>
                      <span className="visually-hidden">{t.yearUnknown}</span>
                    </>
                  )}
                </td>
                {CRIMES.map((c) => (
                  <td key={c}>
                    <StatusWord status={p.crimes[c]} />
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
