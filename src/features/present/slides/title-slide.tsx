import { SlideText } from './slide-text';
import { Heading } from './heading';
import type { SlideOf } from './slide';

export function TitleSlide({ slide, level, prefix, variant }: SlideOf<'title'>) {
  return (
    <div className="slide slide-kind-title">
      <Heading level={level} className="slide-heading">
        {prefix}
        <SlideText text={slide.title} variant={variant} />
      </Heading>
      {slide.body && (
        <p className="slide-lead">
          <SlideText text={slide.body} variant={variant} />
        </p>
      )}
    </div>
  );
}
