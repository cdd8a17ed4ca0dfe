// Short invented news articles for the batch, CLI and report tests (written for these tests in
// the style of wire copy and scraped pages; no benchmark text).
export const ARTICLES = {
  summit: [
    'Leaders meet in Vienna as gas talks stall',
    'VIENNA (Reuters) – Austrian Chancellor Karl Nehammer said on Tuesday that the talks would resume next week.',
    '“We are not there yet,” Nehammer told reporters after the meeting with Energy Minister Leonore Gewessler.',
    'Follow us on Telegram',
  ].join('\n'),
  port: [
    'Port workers in Piraeus ended a three-day strike on Friday, the union said.',
    'The Hellenic Ports Authority said ships would be loaded again from Monday.',
    'Read more: Shipping rates rise again',
  ].join('\n'),
  hostile: [
    'Mayor Ana Ribeiro said on Monday: “<script>window.__pwned = 1</script> is not a policy.”',
    '"><img src=x onerror="window.__pwned = 2"> Lisbon council members met on Friday.',
    '<b onmouseover="window.__pwned = 3">Follow us on Twitter</b> & more',
  ].join('\n'),
} as const;
