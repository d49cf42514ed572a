/** The start of a text for a report line. */
export function excerpt(text: string): string {
  return text.length > 30 ? `${text.slice(0, 30)}……` : text;
}
