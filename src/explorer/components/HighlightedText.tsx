// Text with highlighted segments (evidence, targets), as <mark> elements with a legend-friendly class.
import { type HighlightSpan, segmentText } from '../logic/highlight';

export function HighlightedText({
  text,
  spans,
}: {
  readonly text: string;
  readonly spans: readonly HighlightSpan[];
}) {
  return (
    <>
      {segmentText(text, spans).map((segment) =>
        segment.tags.length === 0 ? (
          <span key={segment.start}>{segment.text}</span>
        ) : (
          <mark
            key={segment.start}
            className={segment.tags.join(' ')}
            title={segment.tags.includes('evidence') ? '落实证据' : '量化目标'}
          >
            {segment.text}
          </mark>
        ),
      )}
    </>
  );
}
