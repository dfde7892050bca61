/**
 * The two choices that define a comparison: which dimension (safety, health…) and, optionally,
 * which topic. Used by the comparison page's filters and by the deck builder.
 */
import { DIMENSIONS, TOPICS, type Dimension, type Topic } from '../content/vocabulary';
import { messages } from '../i18n/messages';

export function DimensionSelect({ value, onChange }: { value: Dimension; onChange: (dimension: Dimension) => void }) {
  return (
    <label>
      {messages.compare.dimension}
      <select value={value} onChange={(e) => onChange(e.target.value as Dimension)}>
        {DIMENSIONS.map((d) => (
          <option key={d} value={d}>
            {messages.dimensions[d]}
          </option>
        ))}
      </select>
    </label>
  );
}

/** `undefined` is "all topics". */
export function TopicSelect({
  value,
  onChange,
}: {
  value: Topic | undefined;
  onChange: (topic: Topic | undefined) => void;
}) {
  return (
    <label>
      {messages.compare.topic}
      <select value={value ?? ''} onChange={(e) => onChange((e.target.value || undefined) as Topic | undefined)}>
        <option value="">{messages.scenarios.allTopics}</option>
        {TOPICS.map((topic) => (
          <option key={topic} value={topic}>
            {messages.topics[topic]}
          </option>
        ))}
      </select>
    </label>
  );
}
