// One error boundary for routes: a missing article gets the not-found view,
// anything else a role="alert" message with a Retry that refetches.
import { QueryErrorResetBoundary } from '@tanstack/react-query';
import { Component, useState, type ReactNode } from 'react';
import { ArticleNotFoundError } from '../feed/errors';
import { t } from '../lib/i18n';
import { describeError } from './error-message';
import { NotFoundView } from './not-found-view';

export function ErrorView({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const [retrying, setRetrying] = useState(false);
  const { summary, detail, retryable } = describeError(error);
  return (
    <div className="error-view" role="alert">
      <h2>{t('errorTitle')}</h2>
      <p>{summary}</p>
      {detail && <p className="error-detail">{detail}</p>}
      {onRetry && retryable && (
        <button
          type="button"
          disabled={retrying}
          onClick={() => {
            setRetrying(true);
            onRetry();
          }}
        >
          {retrying ? t('retrying') : t('retry')}
        </button>
      )}
    </div>
  );
}

type BoundaryProps = { children: ReactNode; onReset: () => void; resetKey?: string };
type BoundaryState = { error: unknown; failed: boolean };

class Boundary extends Component<BoundaryProps, BoundaryState> {
  override state: BoundaryState = { error: null, failed: false };

  static getDerivedStateFromError(error: unknown): BoundaryState {
    return { error, failed: true };
  }

  override componentDidUpdate(previous: BoundaryProps) {
    if (this.state.failed && previous.resetKey !== this.props.resetKey) this.retry();
  }

  retry = () => {
    this.props.onReset();
    this.setState({ error: null, failed: false });
  };

  override render() {
    const { error, failed } = this.state;
    if (!failed) return this.props.children;
    if (error instanceof ArticleNotFoundError) {
      return <NotFoundView title={t('articleNotFoundTitle')} text={t('articleNotFoundText', { slug: error.slug })} />;
    }
    return <ErrorView error={error} onRetry={this.retry} />;
  }
}

/** A new `resetKey` (the route) clears an error, so an old error does not stick. */
export function RouteErrorBoundary({ children, resetKey }: { children: ReactNode; resetKey?: string }) {
  return (
    <QueryErrorResetBoundary>
      {({ reset }) => <Boundary onReset={reset} resetKey={resetKey}>{children}</Boundary>}
    </QueryErrorResetBoundary>
  );
}
