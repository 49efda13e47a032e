/**
 * The one place text meets Slack's mrkdwn. Anything a person typed (a note, an evidence link, an
 * office or entity name from a spreadsheet) goes through here before it reaches a message, so it
 * shows as typed and can never become markup: `<!channel>` would ping a whole channel, `<@U…>`
 * someone, `<https://…|texto>` a disguised link.
 */

/** Slack reads &, < and > as markup; its own escapes for them show the characters as typed. */
export function escapeMrkdwn(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/**
 * A URL as Slack's `<url|label>` can carry it, or null when it cannot be trusted to: not http(s), or not
 * a URL at all. The WHATWG serialisation percent-encodes `<`, `>`, spaces and quotes in the path, query
 * and fragment; `|` (which would end the URL early) is encoded here.
 */
export function linkableUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  const href = parsed.href.replaceAll('|', '%7C');
  // The host cannot hold them, and the rest has just been encoded; refuse rather than trust a parser quirk.
  return /[<>\s]/.test(href) ? null : href;
}

/** `<url|label>`, or, for a URL that cannot be linked safely, the label and the URL as plain escaped text. */
export function mrkdwnLink(url: string, label: string): string {
  const href = linkableUrl(url);
  return href === null ? `${escapeMrkdwn(label)}: ${escapeMrkdwn(url)}` : `<${href}|${escapeMrkdwn(label)}>`;
}
