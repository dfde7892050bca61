/** What is a crime in one place: one row per activity, as an icon and a word. */
import type { Jurisdiction } from '../../content/schemas-places';
import { placesMessages } from '../../i18n/places';
import { StatusWord } from './status-word';

const t = placesMessages;
const ACTIVITIES = ['selling', 'buying', 'thirdParties', 'soliciting', 'advertising'] as const;

export function PlaceCrimes({ place, crimes }: { place: string; crimes: Jurisdiction['crimes'] }) {
  return (
    <section aria-labelledby="crimes">
      <h2 id="crimes">{t.place.crimes}</h2>
      <div className="table-scroll">
        <table className="place-crimes">
          <caption className="visually-hidden">{t.place.crimesCaption(place)}</caption>
          <tbody>
            {ACTIVITIES.map((activity) => (
              <tr key={activity}>
                <th scope="row">{t.crimeHeadings[activity]}</th>
                <td>
                  <StatusWord status={crimes[activity]} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
