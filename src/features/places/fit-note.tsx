/** Says plainly when a place does not fit its model cleanly, and why. */
import { RichText } from '../../components/rich-text';
import type { Jurisdiction } from '../../content/schemas-places';
import { placesMessages } from '../../i18n/places';

const t = placesMessages;

export function FitNote({ fit, note }: Pick<Jurisdiction, 'fit'> & { note: string | undefined }) {
  if (fit === 'clear') {
    return note ? (
      <p className="fit-note">
        <RichText text={note} />
      </p>
    ) : null;
  }
  return (
    <div className={`fit-note callout fit-${fit}`}>
      <p>
        <strong>{t.fitShort[fit]}:</strong> {fit === 'hybrid' ? t.place.hybridNote : t.place.disputedNote}
      </p>
      {note && (
        <p>
          <RichText text={note} />
        </p>
      )}
    </div>
  );
}
