/**
 * Contains a rendering error to one part of a page: the part shows a short message, and the
 * rest of the page keeps working.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { messages } from '../i18n/messages';

interface Props {
  children: ReactNode;
  /** What failed, for the message, e.g. "This card". */
  label?: string;
}

export class PartErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Logged for developers; readers see the message below.
    console.error('A part of the page failed to render', error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <div className="part-error" role="note">
        {messages.error.part(this.props.label ?? messages.error.thisPart)}
      </div>
    );
  }
}
