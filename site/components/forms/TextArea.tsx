import { type JSX, splitProps } from 'solid-js';
import { FieldError } from './FieldError.tsx';

declare module 'solid-js' {
  namespace JSX {
    /** `prop:value`: set as a property in the browser, never written as an attribute. */
    interface ExplicitProperties {
      value: string;
    }
  }
}

type TextAreaAttributes = Omit<JSX.TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'name' | 'class' | 'value'>;

export interface TextAreaProps extends TextAreaAttributes {
  /** Also the field's name: the API reports field errors under this name. */
  id: string;
  label: string;
  /** Set as the field's value once in the browser: HTML gives a text area no value attribute. */
  value?: string;
}

/** A labelled text area with the place of its error. TextArea.astro renders this one. */
export function TextArea(props: TextAreaProps) {
  const [own, area] = splitProps(props, ['id', 'label', 'value']);
  return (
    <div class="field">
      <label class="field-label" for={own.id}>{own.label}</label>
      <FieldError id={`${own.id}-erreur`} for={own.id} />
      <textarea class="input" id={own.id} name={own.id} prop:value={own.value ?? ''} {...area} />
    </div>
  );
}
