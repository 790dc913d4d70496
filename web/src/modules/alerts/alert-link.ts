/**
 * A firing's dashboard link as an in-app path, or null: only paths of this dashboard ("/quality?…") are followed,
 * never another origin or a scheme such as javascript:, whatever the stored link says.
 */
export function safeAlertLink(link: string | null | undefined): string | null {
  if (!link || !link.startsWith('/') || link.startsWith('//') || link.startsWith('/\\')) return null;
  return link;
}
