import { RichText } from '../../../components/rich-text';
import { Heading } from './heading';
import type { SlideOf } from './slide';

export function TitleSlide({ slide, level, prefix }: SlideOf<'title'>) {
  return (
    <div className="slide slide-kind-title">
      <Heading level={level} className="slide-heading">
        {prefix}
        <RichText text={slide.title} />
      </Heading>
      {slide.body && (
        <p className="slide-lead">
          <RichText text={slide.body} />
        </p>
      )}
    </div>
  );
}
