import { useTierWords } from '../use-tier-words';

const TONES: Record<string, string> = { GREEN: 'quality-green', YELLOW: 'quality-yellow', RED: 'quality-red' };

/** A quality rating as a coloured badge; the colour only repeats the word. */
export function QualityBadge({ rating }: { rating: string | null | undefined }) {
  const words = useTierWords();
  return (
    <span className={`badge quality-badge ${TONES[rating ?? ''] ?? 'quality-unknown'}`} data-rating={rating ?? ''}>
      {words.rating(rating)}
    </span>
  );
}
