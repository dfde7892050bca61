/** Three small forms: add a scenario, a model, or a comparison to the deck being built. */
import { useState, type FormEvent, type ReactNode } from 'react';
import type { ContentIndex } from '../../../content/payloads';
import { DimensionSelect, TopicSelect } from '../../../components/comparison-selects';
import type { Dimension, ModelId, Topic } from '../../../content/vocabulary';
import { presentMessages } from '../../../i18n/present';
import type { CustomItem } from '../../../content/custom-deck';

const t = presentMessages.builder;

function AddForm({
  id,
  heading,
  button,
  onSubmit,
  children,
}: {
  id: string;
  heading: string;
  button: string;
  onSubmit: () => void;
  children: ReactNode;
}) {
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <form className="builder-form" aria-labelledby={id} onSubmit={submit}>
      <h3 id={id}>{heading}</h3>
      {children}
      <button type="submit">{button}</button>
    </form>
  );
}

export function BuilderAdd({ index, onAdd }: { index: ContentIndex; onAdd: (item: CustomItem) => void }) {
  const [scenario, setScenario] = useState(index.scenarios[0]?.id ?? '');
  const [model, setModel] = useState<ModelId>(index.models[0]?.id ?? 'criminalisation');
  const [dimension, setDimension] = useState<Dimension>('safety');
  const [topic, setTopic] = useState<Topic | undefined>(undefined);
  return (
    <div className="builder-add">
      <AddForm
        id="add-scenario"
        heading={t.addScenario}
        button={t.addScenarioButton}
        onSubmit={() => scenario && onAdd({ kind: 'scenario', id: scenario })}
      >
        <label>
          {t.scenario}
          <select value={scenario} onChange={(e) => setScenario(e.target.value)}>
            {index.scenarios.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title}
              </option>
            ))}
          </select>
        </label>
      </AddForm>
      <AddForm
        id="add-model"
        heading={t.addModel}
        button={t.addModelButton}
        onSubmit={() => onAdd({ kind: 'model', id: model })}
      >
        <label>
          {t.model}
          <select value={model} onChange={(e) => setModel(e.target.value as ModelId)}>
            {index.models.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </select>
        </label>
      </AddForm>
      <AddForm
        id="add-compare"
        heading={t.addCompare}
        button={t.addCompareButton}
        onSubmit={() => onAdd(topic ? { kind: 'compare', dimension, topic } : { kind: 'compare', dimension })}
      >
        <DimensionSelect value={dimension} onChange={setDimension} />
        <TopicSelect value={topic} onChange={setTopic} />
      </AddForm>
    </div>
  );
}
