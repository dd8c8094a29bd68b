import { useEffect, useId, useState, type InputHTMLAttributes } from 'react';
import { reportFieldIssue } from './fieldIssues';
import { formatNumber, numberFromText, numberProblem, type NumberRule } from './fieldRules';

type NumberInputProps = Pick<
  InputHTMLAttributes<HTMLInputElement>,
  'type' | 'value' | 'min' | 'max' | 'step' | 'onChange' | 'onBlur' | 'onKeyDown'
>;

/**
 * A number box that never clamps: every number typed goes to the store as typed (the request
 * check then refuses an out-of-range one), any other text stays in the box. The problem of
 * what the box shows is reported so the Generate footer sees it too.
 */
export function useNumberField(rule: NumberRule, value: number, onChange: (value: number) => void, issue?: string) {
  const [draft, setDraft] = useState<{ text: string; value: number } | null>(null);
  const shown = draft !== null && Object.is(draft.value, value) ? draft.text : formatNumber(value);
  const problem = numberProblem(rule, numberFromText(shown)) ?? issue;
  const id = useId();
  useEffect(() => (problem ? reportFieldIssue(id, problem) : undefined), [id, problem]);

  const inputProps: NumberInputProps = {
    type: 'number',
    value: shown,
    min: rule.min,
    max: rule.max,
    step: rule.step,
    onChange: (event) => {
      const text = event.target.value;
      const typed = numberFromText(text);
      if (typeof typed === 'number') onChange(typed);
      setDraft({ text, value: typeof typed === 'number' ? typed : value });
    },
    onBlur: () => {
      if (typeof numberFromText(shown) === 'number') setDraft(null);
    },
    onKeyDown: (event) => {
      if (event.key === 'Escape') setDraft(null);
    },
  };
  return { inputProps, problem };
}
