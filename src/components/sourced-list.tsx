import { Citations } from './citations';
import { RichText } from './rich-text';

interface SourcedText {
  text: string;
  sources: string[];
}

/** A titled section of claims, each followed by its citations. */
export function SourcedList({ id, title, items }: { id: string; title: string; items: SourcedText[] }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <ul className="sourced-list">
        {items.map((item) => (
          <li key={item.text}>
            <p>
              <RichText text={item.text} />
            </p>
            <Citations ids={item.sources} />
          </li>
        ))}
      </ul>
    </section>
  );
}
