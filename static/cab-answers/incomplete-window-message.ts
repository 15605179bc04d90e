/**
 * The server cannot know which half of a date + time is missing (the form sends '' for an incomplete
 * instant); the form can, and says it plainly instead of "'' is not a date and time".
 */
export function incompleteWindowMessage(
  date: string,
  time: string,
  which: 'start' | 'end',
): string | undefined {
  if (date === '' && time === '') return `Enter the ${which} date and time.`;
  if (date === '') return `Enter the ${which} date.`;
  if (time === '') return `Enter the ${which} time.`;
  return undefined;
}
