import { GRADE_MEANING, gradeClass } from './labels.ts';
import type { Grade } from './report-types.ts';

/** The grade as a large letter with its meaning in words (the colour only repeats it). */
export function GradeBadge({ grade, size = 'large' }: { grade: Grade | null; size?: 'large' | 'small' }) {
  const meaning = grade ? GRADE_MEANING[grade] : 'no server could be reached';
  return (
    <span className={`grade ${gradeClass(grade)} grade-${size}`} title={meaning}>
      <span className="visually-hidden">Grade </span>
      <span className="grade-letter" data-testid="grade">
        {grade ?? '–'}
      </span>
      {size === 'large' ? <span className="visually-hidden">: {meaning}</span> : null}
    </span>
  );
}
