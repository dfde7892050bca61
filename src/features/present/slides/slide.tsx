/**
 * One slide, at any size: full screen for the room ("projector"), or as readable text in the
 * transcript and on the presenter's screen ("document", with reasons and full citations).
 */
import { MotionScope } from '../../../components/motion-scope';
import type { ModelSlide } from '../../../content/payloads';
import type { SlideView } from '../deck/deck-view';
import { CompareSlide } from './compare-slide';
import type { HeadingLevel } from './heading';
import { ModelSlideView } from './model-slide';
import { ScenarioSlide } from './scenario-slide';
import { TitleSlide } from './title-slide';

export type SlideVariant = 'projector' | 'document';

export interface SlideProps {
  slide: SlideView;
  step: number;
  models: ModelSlide[];
  level: HeadingLevel;
  variant: SlideVariant;
  /** Put before the title, e.g. "3. " in the transcript. */
  prefix?: string;
}

/** Slides reveal their parts with framer-motion, loaded with the presentation pages only. */
export function Slide(props: SlideProps) {
  return (
    <MotionScope>
      <SlideOfKind {...props} />
    </MotionScope>
  );
}

function SlideOfKind(props: SlideProps) {
  const { slide } = props;
  switch (slide.kind) {
    case 'title':
      return <TitleSlide {...props} slide={slide} />;
    case 'model':
      return <ModelSlideView {...props} slide={slide} />;
    case 'scenario':
      return <ScenarioSlide {...props} slide={slide} />;
    case 'compare':
      return <CompareSlide {...props} slide={slide} />;
  }
}

export type SlideOf<K extends SlideView['kind']> = Omit<SlideProps, 'slide'> & {
  slide: Extract<SlideView, { kind: K }>;
};
