/** A deck's aims, timing plan (with running clock times) and materials. */
import type { Deck } from '../../../content/schemas-learning';
import { workshopMessages } from '../../../i18n/workshop';

const t = workshopMessages.guide;

export function FacilitatorPlan({ plan }: { plan: Deck['facilitator'] }) {
  // Each activity starts when the ones before it end.
  const rows = plan.timing.map((item, i) => ({
    ...item,
    start: plan.timing.slice(0, i).reduce((sum, x) => sum + x.minutes, 0),
  }));
  const total = plan.timing.reduce((sum, x) => sum + x.minutes, 0);
  return (
    <>
      <section aria-labelledby="guide-aims">
        <h2 id="guide-aims">{t.aims}</h2>
        <ul>
          {plan.aims.map((aim) => (
            <li key={aim}>{aim}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="guide-timing">
        <h2 id="guide-timing">{t.timing}</h2>
        <div className="table-scroll" tabIndex={0} role="region" aria-label={t.timingCaption(total)}>
          <table className="timing-plan">
            <caption className="visually-hidden">{t.timingCaption(total)}</caption>
            <thead>
              <tr>
                <th scope="col">{t.when}</th>
                <th scope="col">{t.minutes}</th>
                <th scope="col">{t.activity}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((item, i) => (
                <tr key={i}>
                  <td className="timing-when">{t.range(item.start, item.start + item.minutes)}</td>
                  <td>{item.minutes}</td>
                  <td>{item.activity}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t.total}</th>
                <td>{total}</td>
                <td />
              </tr>
            </tfoot>
          </table>
        </div>
      </section>
      <section aria-labelledby="guide-materials">
        <h2 id="guide-materials">{t.materials}</h2>
        <ul>
          {plan.materials.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      </section>
    </>
  );
}
