/**
 * Shows the error page in place of what failed to render: never a blank screen. It resets
 * when `resetKey` changes (the reader goes to another page), so one broken page does not
 * break the rest of the visit.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { RouteError } from '../route-error';

interface Props {
  resetKey: string;
  children: ReactNode;
  /** What shows instead of what failed (the error page by default). */
  fallback?: ReactNode;
}

interface State {
  failed: boolean;
  /** The resetKey the current state belongs to. */
  key: string;
}

export class ErrorBoundary extends Component<Props, State> {
  override state: State = { failed: false, key: this.props.resetKey };

  static getDerivedStateFromError(): Partial<State> {
    return { failed: true };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey === state.key ? null : { failed: false, key: props.resetKey };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('The page failed to render', error, info.componentStack);
  }

  override render(): ReactNode {
    return this.state.failed ? (this.props.fallback ?? <RouteError />) : this.props.children;
  }
}
