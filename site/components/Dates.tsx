import { dateAndTime, longDate, shortDate } from '../../domain/french-dates.ts';

/** Dates in islands: the French text, and the machine-readable value in a `<time>`. */
export function LongDate(props: { iso: string }) {
  return <time datetime={props.iso}>{longDate(props.iso)}</time>;
}

export function ShortDate(props: { iso: string }) {
  return <time datetime={props.iso}>{shortDate(props.iso)}</time>;
}

export function DateAndTime(props: { iso: string }) {
  return <time datetime={props.iso}>{dateAndTime(props.iso)}</time>;
}
