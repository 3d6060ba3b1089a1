import { escapeXml as escapeHtml } from '../../text/escape.ts';

export interface FeedEntry {
  id: string;
  title: string;
  link: string;
  published: Date;
  updated: Date;
  html: string;
  categories: string[];
}

/** An Atom 1.0 feed (RFC 4287) of published advisories; every text node and attribute escaped. */
export function atomFeed(feed: { title: string; selfUrl: string; siteUrl: string; entries: FeedEntry[]; now: Date }): string {
  const updated = feed.entries.reduce((latest, entry) => (entry.updated > latest ? entry.updated : latest), new Date(0));
  const entries = feed.entries.map(
    (entry) => `  <entry>
    <id>${escapeHtml(entry.link)}</id>
    <title>${escapeHtml(entry.title)}</title>
    <link rel="alternate" type="text/html" href="${escapeHtml(entry.link)}"/>
    <published>${entry.published.toISOString()}</published>
    <updated>${entry.updated.toISOString()}</updated>
${entry.categories.map((category) => `    <category term="${escapeHtml(category)}"/>`).join('\n')}
    <content type="html">${escapeHtml(entry.html)}</content>
  </entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${escapeHtml(feed.selfUrl)}</id>
  <title>${escapeHtml(feed.title)}</title>
  <link rel="self" type="application/atom+xml" href="${escapeHtml(feed.selfUrl)}"/>
  <link rel="alternate" type="text/html" href="${escapeHtml(feed.siteUrl)}"/>
  <updated>${(feed.entries.length > 0 ? updated : feed.now).toISOString()}</updated>
  <author><name>XMPP Standards Foundation security team</name></author>
${entries.join('\n')}
</feed>
`;
}
