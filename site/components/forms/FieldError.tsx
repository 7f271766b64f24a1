/**
 * Where the enhanced-form script writes the server's message about one or more fields (`for`
 * lists their names). Empty and hidden until then. FieldError.astro renders this one.
 */
export function FieldError(props: { id: string; for: string }) {
  return <p class="field-error" id={props.id} data-error-for={props.for} hidden />;
}
