import { type JSX, splitProps } from 'solid-js';
import { FieldError } from './FieldError.tsx';

type InputAttributes = Omit<JSX.InputHTMLAttributes<HTMLInputElement>, 'id' | 'name' | 'class'>;

export interface TextFieldProps extends InputAttributes {
  /** Also the input's name: the API reports field errors under this name. */
  id: string;
  label: string;
  hint?: string;
}

/** A labelled input with its hint and the place of its error. TextField.astro renders this one. */
export function TextField(props: TextFieldProps) {
  const [own, input] = splitProps(props, ['id', 'label', 'hint']);
  const hintId = () => (own.hint ? `${own.id}-aide` : undefined);
  return (
    <div class="field">
      <label class="field-label" for={own.id}>{own.label}</label>
      {own.hint && (
        <p class="field-hint" id={hintId()}>{own.hint}</p>
      )}
      <FieldError id={`${own.id}-erreur`} for={own.id} />
      <input class="input" id={own.id} name={own.id} aria-describedby={hintId()} {...input} />
    </div>
  );
}
