/** What a form in one card holds (dialogs/flow/form.ts renders it; a step's Prompt carries it). */
export interface FormField {
  /** The field's name in the step's data; the card's input is `f_<id>`. */
  readonly id: string;
  readonly label: string;
  readonly placeholder: string;
  /** What was given so far ('' for nothing), as typed (the card's input shows it as is; the text twin escapes it). */
  readonly value: string;
  /** Why the value was not taken, shown next to the field. */
  readonly error?: string;
  readonly maxLength: number;
  readonly multiline?: boolean;
}

export interface Form {
  readonly fields: readonly FormField[];
}
