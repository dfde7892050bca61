/**
 * The words of the support page (/support/). The entries themselves are content (data/support/).
 * Split from messages.ts so this text loads only with the page that shows it (docs/decisions/003).
 */
export const supportMessages = {
  title: 'Where to get support',
  description:
    'Directories and networks of organisations led by sex workers, worldwide, by region and in some countries.',
  intro:
    'Laws change, and local organisations led by sex workers know best how they are used where you live. These directories and networks of such organisations can help you find one near you.',
  beforeYouGo: 'Before you follow a link',
  cautions: [
    'Each link opens another website in this tab. This guide loads nothing from those sites, and tells them nothing about you.',
    'Once you are on another site, this guide’s “Exit this page” button no longer covers you. Other sites may load content from elsewhere.',
    'This guide does not run these organisations and cannot vouch for every service they list. Ask what a service does with your information before you share it.',
  ],
  groups: { global: 'Worldwide', regional: 'By region', national: 'In some countries' },
  area: 'Where',
  languages: 'Site in',
  address: 'Goes to',
  /** The quick exit page's pointer here. */
  fromQuickExit: 'Organisations led by sex workers, and how to find one where you live',
  missing:
    'Know an organisation led by sex workers that should be here? The list is kept in this guide’s content (data/support/), with how each entry was checked.',
} as const;
