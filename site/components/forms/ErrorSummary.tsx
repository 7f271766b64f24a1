import { Dynamic } from 'solid-js/web';

/**
 * The top of every enhanced form: the enhanced-form script fills it with the server's message and
 * a link to each field in error, then moves the focus to it. EnhancedForm.astro renders this one.
 */
export function ErrorSummary(props: { headingLevel: 2 | 3 }) {
  return (
    <div class="error-summary" tabindex="-1" data-error-summary hidden>
      <Dynamic component={`h${props.headingLevel}`}>Il y a un problème</Dynamic>
      <p data-error-message />
      <ul data-error-list />
    </div>
  );
}
