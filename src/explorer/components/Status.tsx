// Loading, empty and error states, announced to screen readers.
import type { CombinedError } from 'urql';
import { describeApiError } from '../api/errors';

export function Loading({ what }: { readonly what: string }) {
  return (
    <div className="status status-loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" /> 正在加载{what}…
    </div>
  );
}

export function Empty({ children }: { readonly children: React.ReactNode }) {
  return (
    <div className="status status-empty" role="status">
      {children}
    </div>
  );
}

interface ApiErrorProps {
  readonly error: CombinedError;
  readonly onRetry?: () => void;
  /** What was asked for, e.g. 编号为“X”的节点: turns NOT_FOUND / BAD_USER_INPUT into a sentence about it. */
  readonly subject?: string;
}

export function ApiError({ error, onRetry, subject }: ApiErrorProps) {
  const described = describeApiError(error);
  const problem =
    subject && (described.kind === 'not-found' || described.kind === 'bad-input')
      ? { ...described, message: `找不到${subject}。链接可能已过期,或该内容已被删除。` }
      : described;
  return (
    <div className={`status status-error status-${problem.kind}`} role="alert" data-error-kind={problem.kind}>
      <p>{problem.message}</p>
      {onRetry && problem.kind !== 'not-found' && problem.kind !== 'bad-input' && (
        <button type="button" onClick={onRetry}>
          重试
        </button>
      )}
    </div>
  );
}
