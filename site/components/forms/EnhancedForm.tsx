import type { JSX } from 'solid-js';
import { enhanceForm } from '../../scripts/enhanced-form.ts';
import { ErrorSummary } from './ErrorSummary.tsx';

interface Props<T> {
  id: string;
  /** An /api/… address: it takes JSON from the script and urlencoded bodies without it. */
  action: string;
  /** Level of the error summary's heading, to follow the page's outline. */
  headingLevel: 2 | 3;
  onSuccess: (body: T) => void;
  children: JSX.Element;
}

/** EnhancedForm.astro for islands: the same plain form, enhanced once hydrated, success handed to `onSuccess`. */
export function EnhancedForm<T>(props: Props<T>) {
  return (
    <form class="form" method="post" id={props.id} action={props.action} ref={(form) => enhanceForm(form, (body) => props.onSuccess(body as T))}>
      <ErrorSummary headingLevel={props.headingLevel} />
      {props.children}
    </form>
  );
}
