/**
 * Table tests for the news-reading rules of the second round: business comparison
 * periods, attributive dates, clock times told against an earlier date, signals
 * ("three days later"), "soon" in past narration, spelled decades, and false positives
 * found on the TimeML dev sets. Each rule has positive rows and negative rows.
 */
import { describe, expect, it } from 'vitest';
import { resolveDates } from '../../src/dates/index.js';
import { check, none, type Row } from './support/rows.js';

describe('business comparison periods', () => {
  // prettier-ignore
  const rows: Row[] = [
    ['Net income fell from $5 million in the year-ago period.', '1989-10-26', 'the year-ago period', '1988-Q3'],
    ['Third-quarter profit rose 5% from the year-earlier period.', '1989-10-26', 'the year-earlier period', '1988-Q3'],
    ['Net was $3 million, compared with the corresponding period last year.', '1989-10-26', 'the corresponding period last year', '1988-Q3'],
    ['Profit in the third quarter rose from the quarter a year ago.', '1989-10-26', 'the quarter a year ago', '1988-Q3'],
    ['Sales fell 3% from the 1988 period.', '1989-10-26', 'the 1988 period', '1988-Q3'],
    ['Net income rose 5% in the latest period.', '1989-11-02', 'the latest period', '1989-Q3'],
    ['Sales in this year\'s third quarter rose.', '1989-10-26', 'this year\'s third quarter', '1989-Q3'],
    ['Analysts expect next year\'s first quarter to improve.', '1989-10-26', 'next year\'s first quarter', '1990-Q1'],
    ['Earnings rose from last year\'s quarter.', '1989-10-26', 'last year\'s quarter', '1988-Q3'],
    ['The company expects a loss for the full year.', '1989-11-02', 'the full year', '1989'],
    ['The retailer expects margins in the current fiscal year to widen.', '1989-11-02', 'the current fiscal year', '1989'],
    ['Sales in the latest fiscal year fell.', '1989-11-02', 'the latest fiscal year', '1988'],
    ['The plant will close by year-end.', '1989-11-02', 'year-end', '1989-12-31'],
    ['Debt stood at $4 billion at year-end.', '1990-02-10', 'year-end', '1989-12-31'],
    ['Growth in the near term is unlikely.', '1989-10-30', 'the near term', 'FUTURE_REF'],
    ['For the year, cement shipments were flat.', '1989-11-02', 'the year', '1989'],
    ['Planting was held up earlier in the year by a late frost.', '1989-10-26', 'the year', '1989'],
    ['It cut $100 million by the end of the year.', '1989-10-30', 'the end of the year', '1989'],
    ['Sales were $41 million for the year ended June 30.', '1989-11-01', 'the year', 'P1Y', 'DURATION'],
  ];
  it.each(rows)('%s (%s) → %s', (...row) => check(row as Row));

  it('counts "year-ago" back from the quarter under discussion, not from a comparison period', () => {
    const text =
      'Third-quarter net rose to $5 million from $4 million in the 1988 period. Year-ago sales were lower, and the quarter was strong.';
    const found = resolveDates(text, { publishedAt: '1989-11-02' });
    expect(found.find((d) => d.text === 'the 1988 period')?.value).toBe('1988-Q3');
    expect(found.find((d) => d.text === 'the quarter')?.value).toBe('1989-Q3');
  });

  const negatives: [string, RegExp][] = [
    ['During that period, prices rose.', /period/],
    ['The trial period ended.', /period/],
    ['Prices rose over a long period of time.', /period/],
    ['A quarter of the votes were cast.', /quarter/],
    ['He was named Man of the Year.', /Year/],
    ["It was the year's best movie.", /year/],
    ['The Y2K bug will strike in the year 2000.', /the year/],
  ];
  it.each(negatives)('extracts no period from %s', (sentence, forbidden) => none(sentence, '1989-10-26', forbidden));
});

describe('attributive dates and nearby deadlines', () => {
  // prettier-ignore
  const rows: Row[] = [
    ['Detectives have hunted for the gunman ever since the Nov. 14 robbery.', '1999-05-06', 'Nov. 14', '1998-11-14'],
    ['Police collected fingerprints in the October burglary of the museum.', '1999-04-19', 'October', '1998-10'],
    ['The agency ruled the boy must be returned by Feb. 9.', '2001-02-10', 'Feb. 9', '2001-02-09'],
    ['The appeal is heard in June at the high court.', '2000-03-29', 'June', '2000-06'],
    ['In January, a week after the anniversary of the flood, a fire in Dayton, Ohio, destroyed a warehouse.', '1998-10-25', 'January', '1998-01'],
  ];
  it.each(rows)('%s (%s) → %s', (...row) => check(row as Row));

  const future: Row[] = [
    // a date modifier in a future clause stays ahead; a scheduling noun is left to the tense
    ['The leaders will meet at the June summit in Geneva.', '2021-12-07', 'June', '2022-06'],
    ['The talks will begin on January 10.', '2021-12-31', 'January 10', '2022-01-10'],
    ['The vote is set for the Jan. 20 deadline.', '2021-12-31', 'Jan. 20', '2022-01-20'],
  ];
  it.each(future)('%s (%s) → %s', (...row) => check(row as Row));
});

describe('clock times told against an earlier date', () => {
  // prettier-ignore
  const rows: Row[] = [
    ['The quake struck at about 9:20 a.m. (0620 GMT) Friday, flattening a school.', '1998-08-08', 'about 9:20 a.m.', '1998-08-07T09:20', 'TIME'],
    ['Marlow was shot on Oct. 23 in his home. He died at 10 p.m. in a hospital.', '1999-04-19', '10 p.m.', '1998-10-23T22:00', 'TIME'],
    ['"The convoy will leave at 5 in the morning (5 a.m. EDT Thursday)," the minister said.', '2000-04-05', '5 a.m. EDT Thursday', '2000-04-06T05:00', 'TIME'],
  ];
  it.each(rows)('%s (%s) → %s', (...row) => check(row as Row));

  const publication: Row[] = [
    // no earlier date, or a future clause: the publication day stays
    ['The meeting will start at 10 p.m.', '1999-04-19', '10 p.m.', '1999-04-19T22:00', 'TIME'],
    ['Talks ended on Oct. 23. The new round will open at 9 a.m.', '1999-04-19', '9 a.m.', '1999-04-19T09:00', 'TIME'],
    // an earlier date two sentences back is too far
    [
      'Talks ended on Oct. 2. Nobody spoke. Then the guards left. They returned at 9 a.m.',
      '1999-10-19',
      '9 a.m.',
      '1999-10-19T09:00',
      'TIME',
    ],
  ];
  it.each(publication)('%s (%s) → %s', (...row) => check(row as Row));
});

describe('signals after an amount are durations; "soon" in past narration', () => {
  // prettier-ignore
  const rows: Row[] = [
    ['Three days later, the rebels withdrew.', '1989-10-30', 'Three days', 'P3D', 'DURATION'],
    ['He died seven days later in hospital.', '2000-06-01', 'seven days', 'P7D', 'DURATION'],
    ['Okonjo spoke less than an hour after Brandt announced the trip.', '2000-04-05', 'less than an hour', 'PT1H', 'DURATION'],
    ['He had not admitted any role after three days of questioning.', '1998-08-18', 'three days', 'P3D', 'DURATION'],
    ['His second letter in two weeks was published on Tuesday.', '2000-02-16', 'two weeks', 'P2W', 'DURATION'],
    ['They met on Jan. 12. The day before, police had arrested him.', '1998-02-01', 'The day before', '1998-01-11'],
    ['Tourism income slipped to $80 million, down from $95 million the year before.', '1998-09-07', 'the year before', '1997'],
    ['Officials say militants plan to strike again soon.', '1998-08-20', 'soon', 'FUTURE_REF'],
    ['The music of the nineties was loud.', '1998-03-03', 'the nineties', '199'],
    ['It began in the late eighties.', '1998-03-03', 'the late eighties', '198'],
    ['He was born in March, 1952.', '2024-06-10', 'March, 1952', '1952-03'],
    ['Sea levels could rise by a metre by the year 2100.', '2025-03-10', '2100', '2100'],
    // the month before "Month, <quantity>" stays, read alone
    ['In March, 52 percent of those asked backed the plan.', '2024-06-10', 'March', '2024-03'],
    ['Sales ran from January to April, 40 percent below plan.', '2024-06-10', 'April', '2024-04'],
  ];
  it.each(rows)('%s (%s) → %s', (...row) => check(row as Row));

  // prettier-ignore
  const negatives: [string, string, RegExp][] = [
    ['She was soon freed and looked well.', '1998-08-20', /soon/],
    ['A trickle of cash soon became a flood.', '1998-08-20', /soon/],
    ['Rangers closed the trail on Nov. 3, the day before hikers were found.', '1999-05-07', /day/],
    ['The envoy will spend five hours in Dakar later in the day before returning home.', '1998-08-17', /day/],
    ['Blasts hit the embassies earlier in the day.', '1998-08-08', /day/],
    ['In the years that followed, the miners kept striking.', '2000-04-01', /^(?:in )?the years$/i],
    ['Three days later, the rebels withdrew.', '1989-10-30', /later/],
    ['Tomas\'s aunt led the March of the Silent Mothers.', '2000-01-15', /March/],
    ['Bishop Hale said Mass at St. Patrick\'s Church.', '1998-10-25', /Patrick/],
    ['The ship sank off Christmas Island.', '1998-10-25', /Christmas/],
    ['Sun, Apple and others say the chipmaker is not at risk.', '1989-10-27', /Sun/],
    ['Good evening from the main square in Lisbon.', '1998-01-20', /evening/],
    ['The coach told a morning talk show that his knee had healed.', '1998-04-18', /morning/],
    ['He is in his sixties.', '1998-03-03', /sixties/],
    ['Temperatures were in the sixties.', '1998-03-03', /sixties/],
    // a number after "Month," that opens the next clause as a quantity is no day or year
    ['In March, 52 percent of those asked backed the plan.', '2024-06-10', /52/],
    ['In March, 12 stores reported higher sales.', '2024-06-10', /12/],
    ['A quarter of the voters stayed home.', '2024-06-10', /quarter/],
    ['About 2100 people attended the rally.', '2024-06-10', /2100/],
  ];
  it.each(negatives)('extracts nothing matching from %s', (sentence, publishedAt, forbidden) =>
    none(sentence, publishedAt, forbidden),
  );
});

describe('"the night of <date>": the date carries the value', () => {
  // prettier-ignore
  const rows: Row[] = [
    ['The guard was stabbed on the night of Nov. 14 while locking the gate.', '1999-05-05', 'Nov. 14', '1998-11-14', 'DATE'],
    ['His wife returned home on the night of Saturday, Nov. 14.', '1998-11-21', 'Saturday, Nov. 14', '1998-11-14'],
    ['The rally is planned for the morning of March 3, 2000.', '2000-02-24', 'March 3, 2000', '2000-03-03'],
  ];
  it.each(rows)('%s (%s) → %s', (...row) => check(row as Row));
  // prettier-ignore
  const negatives: [string, string, RegExp][] = [
    ['The guard was stabbed on the night of Nov. 14 while locking the gate.', '1999-05-05', /night/i],
    ['The night of the storm was long.', '1999-05-05', /of/i],
  ];
  it.each(negatives)('extracts nothing matching from %s', (sentence, publishedAt, forbidden) =>
    none(sentence, publishedAt, forbidden),
  );
});

describe('third round: offsets from a date, anaphoric weekdays, halves, prefixes, schedules', () => {
  // prettier-ignore
  const rows: Row[] = [
    // "the day before/after <date>", "the week of <date>"
    ["The day before last Tuesday's budget vote, the mayor met union leaders.", '2000-02-24', "The day before last Tuesday", '2000-02-21'],
    ['Stores reopened the day after Christmas.', '1999-12-28', 'the day after Christmas', '1999-12-26'],
    ['The hearing is set for the week of March 6.', '2000-02-24', 'the week of March 6', '2000-W10'],
    // "the previous/following <weekday>" against the day under discussion
    ['London shares fell Friday. The index closed down 3.2% against the previous Friday.', '1989-10-30', 'the previous Friday', '1989-10-20'],
    ['He arrived on Oct. 3 and left the following Monday.', '1989-10-30', 'the following Monday', '1989-10-09'],
    // halves written as "the last half of" / "the first two quarters of"
    ['Profit in the last half of 1989 fell.', '1989-10-26', 'the last half of 1989', '1989-H2'],
    ['Demand should stay weak through the first two quarters of 1991.', '1989-10-26', 'the first two quarters of 1991', '1991-H1'],
    // pre-/post- years
    ['The post-1959 politics have split thousands of families.', '2000-02-24', 'post-1959', '1959'],
    ['Output is back to pre-1990 levels.', '2000-02-24', 'pre-1990', '1990'],
    // the month right after publication, told in the past tense
    ['Saudi Arabia told oil companies of a cutback in its supply in September.', '1990-08-16', 'September', '1990-09'],
    ['The company changed its fiscal year in December.', '1989-10-30', 'December', '1988-12'],
    ['The law was passed in January.', '2021-12-07', 'January', '2021-01'],
    // a scheduled event in the simple present lies ahead
    ['He and Mendez meet separately Monday with the envoy.', '1998-05-01', 'Monday', '1998-05-04'],
    ['Shares had been tendered at the close of business Thursday.', '1989-10-30', 'Thursday', '1989-10-26'],
    // "that same day" after a month: the day is unknown, the month is not
    ['Marlow was killed last October. His name was struck off the list that same day.', '1999-02-06', 'that same day', '1998-10-XX'],
    // a parenthetical restatement dates a clock time
    ["''The ferry will sail at 6 in the morning (6 a.m. EDT Thursday),'' the port chief said.", '2000-04-05', '6 in the morning', '2000-04-06T06:00'],
    ['He was to appear before a judge at midday.', '1999-10-08', 'midday', '1999-10-08T12:00', 'TIME'],
    ['Bush met them a week or so ago.', '1991-02-25', 'a week or so ago', '1991-W08'],
    ['Pilgrims walk each July from the coast to the shrine.', '1998-03-22', 'each July', 'XXXX-07', 'SET'],
    ['Banks are testing their computers ahead of the year two thousand.', '1998-03-03', 'two thousand', '2000'],
    ['He arrived in Christmas 1989 and stayed.', '1991-02-25', 'Christmas 1989', '1989-12-25'],
    ['Sales during 2017 Q1 went up.', '2018-05-01', '2017 Q1', '2017-Q1'],
    ['In the first days of January the prices will rise.', '2021-12-07', 'the first days of January', '2022-01'],
    ['The summit is planned for the second half of December.', '2021-12-07', 'the second half of December', '2021-12'],
    // durations with halves, "a couple of", "-long", trading days; decades in years
    ['The crew lived on the ice for 2 1/2 years.', '1998-02-27', '2 1/2 years', 'P2Y6M', 'DURATION'],
    ['The talks lasted an hour and a half.', '1998-02-27', 'an hour and a half', 'PT1H30M', 'DURATION'],
    ['He stayed two and a half years.', '1998-02-27', 'two and a half years', 'P2Y6M', 'DURATION'],
    ['Prices could rise over the next couple of years.', '1989-10-26', 'the next couple of years', 'P2Y', 'DURATION'],
    ['Negotiators left their second day-long session without a deal.', '2000-04-03', 'day-long', 'P1D', 'DURATION'],
    ['Six trading days after March 12, the bond market slumped.', '1989-10-30', 'Six trading days', 'P6D', 'DURATION'],
    ['The index has lagged for almost two decades.', '1998-02-06', 'almost two decades', 'P20Y', 'DURATION'],
    // a quarter of a century or an hour is a span
    ['Output fell to its lowest level in a quarter century.', '2023-09-19', 'a quarter century', 'P25Y', 'DURATION'],
    ['The ferry was held for a quarter of an hour.', '2023-09-19', 'a quarter of an hour', 'PT15M', 'DURATION'],
    // a participle after a degree adverb is the complement of the verb before it ("should remain")
    ['Trains should remain badly disrupted until Thursday.', '2022-06-15', 'Thursday', '2022-06-16'],
    ['Trains remained badly disrupted until Thursday.', '2022-06-15', 'Thursday', '2022-06-09'],
    // a meeting proposed or arranged for a weekday lies ahead, whatever the tense of the proposal
    ['A meeting was proposed to the drivers for Friday.', '2022-06-15', 'Friday', '2022-06-17'],
    ['Talks were arranged with the unions for Friday.', '2022-06-15', 'Friday', '2022-06-17'],
    ['He was fined for Friday\'s brawl.', '2022-06-15', 'Friday', '2022-06-10'],
    ['The union called a strike for Saturday.', '2025-06-19', 'Saturday', '2025-06-21'],
    // … unless the clause goes on in the past
    ['A concert planned for Saturday was canceled.', '1999-10-24', 'Saturday', '1999-10-23'],
    // an aside opened by a past participle tells a past event, whatever the main verb's tense
    ['The grant, agreed at a meeting of the full council in the county town on Tuesday evening, will be spent over the next year.', '2025-06-19', 'Tuesday evening', '2025-06-17TEV'],
    ['The deal, expected on Tuesday, will cut tariffs.', '2025-06-19', 'Tuesday', '2025-06-24'],
    // "plans for next year" names what the plans are for, not the year of the month
    ['Chipmakers will announce their plans for next year in early December.', '2024-11-19', 'early December', '2024-12'],
    // "one day" as someday
    ['The country could one day join NATO.', '1999-03-12', 'one day', 'FUTURE_REF', 'DATE'],
    ['The talks lasted one day.', '1999-03-12', 'one day', 'P1D', 'DURATION'],
    // a same-form verb ("set") coordinated by "and" takes the tense of the sentence's first verb
    ['The court ordered the tanker handed back to its owners and named Friday as the last day for the handover.', '2000-01-15', 'Friday', '2000-01-14'],
    ['The court will hear the case and set Friday as the deadline.', '2000-01-15', 'Friday', '2000-01-21'],
    // a date opening its clause times the main verb
    ['On Friday, the city council planned to approve the first repair grants.', '1998-09-30', 'Friday', '1998-09-25'],
    ['The delegation planned to leave Lima on Thursday for Quito.', '1998-09-30', 'Thursday', '1998-10-01'],
    // named days and recurring spans
    ['Shoppers lined up on Black Friday.', '2013-03-22', 'Black Friday', '2012-11-23'],
    ['Churches will hold Good Friday services.', '2013-03-22', 'Good Friday', '2013-03-29'],
    ['Voters in ten states go to the polls on Super Tuesday.', '2012-03-01', 'Super Tuesday', '2012-03-06'],
    ['The election is held every two years.', '2013-03-22', 'every two years', 'P2Y', 'SET'],
    ['Flu cases rose over the past decade.', '2013-03-22', 'the past decade', 'P10Y', 'DURATION'],
    ['Sales rose 5% from the same period last year.', '1989-10-26', 'the same period last year', '1988-Q3'],
    // without a year, "the last two quarters" stays a duration (not the second half)
    ['He said the last two quarters were weak.', '1999-01-22', 'the last two quarters', 'P2Q', 'DURATION'],
  ];
  it.each(rows)('%s (%s) → %s', (...row) => check(row as Row));
  // prettier-ignore
  const negatives: [string, string, RegExp][] = [
    ['Police held three people at this march in both of the last two years.', '1999-01-22', /march/],
    ['Three quarters of voters backed the plan.', '1999-01-22', /quarters/],
    ["''For our farmers, high noon comes today,'' the minister said.", '1999-03-12', /noon/i],
    ['A day before Christmas, he left.', '1999-12-28', /day before/i],
    ['A deal is close, the envoy told the show "This Week With Ida Renn".', '1991-02-25', /Week/],
    ['He set up a joint venture called Orion 1980, making space technology.', '1998-04-18', /1980/],
    ['Two thousand troops arrived.', '1998-04-18', /thousand/i],
    ['The station showed the film Freaky Friday.', '2013-03-22', /Friday/],
    ['They marked the anniversary of Bloody Sunday.', '2013-03-22', /Sunday/],
    ['The state-run daily Borba called him a traitor.', '2000-01-28', /daily/],
    ['The utility raised its quarterly dividend to 45 cents a share.', '1989-10-26', /quarterly/],
    ["The senator told CBS's ''60 Minutes'' that he would run.", '2000-04-17', /Minutes/],
  ];
  it.each(negatives)('extracts nothing matching from %s', (sentence, publishedAt, forbidden) =>
    none(sentence, publishedAt, forbidden),
  );
});

describe('fourth round: habits, vague offsets, comparison compounds, event nights, fates', () => {
  const rows: Row[] = [
    // a weekday with a plural part of day is a habit (SET); coordinated weekdays share it
    ['The ferry sails Sunday nights from the old harbour.', '2004-06-09', 'Sunday nights', 'XXXX-WXX-7TNI', 'SET'],
    ['The clinic opens on Tuesday and Thursday mornings.', '2004-06-09', 'Tuesday', 'XXXX-WXX-2TMO', 'SET'],
    ['The clinic opens on Tuesday and Thursday mornings.', '2004-06-09', 'Thursday mornings', 'XXXX-WXX-4TMO', 'SET'],
    ['Matches are played Friday, Saturday or Sunday evenings.', '2004-06-09', 'Saturday', 'XXXX-WXX-6TEV', 'SET'],
    // ... a singular part of day stays one night
    ['The ferry sank Sunday night off the coast.', '2004-06-09', 'Sunday night', '2004-06-06TNI', 'TIME'],
    ['Rebels attacked on Monday and withdrew Tuesday night.', '2004-06-09', 'Monday', '2004-06-07', 'DATE'],
    // "in a few days", "in two hours": the amount (TimeML DURATION), no invented day or clock
    ['The panel will report back in a few days.', '2004-06-09', 'a few days', 'PXD', 'DURATION'],
    ['Results are expected in several weeks.', '2004-06-09', 'several weeks', 'PXW', 'DURATION'],
    ['The polls close in two hours.', '2004-06-09', 'two hours', 'PT2H', 'DURATION'],
    ['Stay with us: the winner is announced in just a few minutes.', '2004-06-09', 'a few minutes', 'PTXM', 'DURATION'],
    // ... an exact count of days still names the day
    ['The panel will report back in three days.', '2004-06-09', 'three days', '2004-06-12', 'DATE'],
    // "Over the weekend," opens the clause of a past verb
    [
      'Over the weekend, the ministry confirmed that two ships could sail within days.',
      '2004-06-07',
      'the weekend',
      '2004-W23-WE',
    ],
    ['Throughout the weekend, crews cleared the roads.', '2004-06-07', 'the weekend', '2004-W23-WE'],
    // "the then current": the present of a past moment
    ['Holders could buy stock at half the then current price.', '2004-06-09', 'then current', 'PAST_REF'],
    ['The then-current rules allowed it.', '2004-06-09', 'then-current', 'PAST_REF'],
    ['The current rules allow it.', '2004-06-09', 'current', 'PRESENT_REF'],
    // "now" in the clause is the present, also with a comma after it
    ['The bridge is now open to traffic.', '2004-06-09', 'now', 'PRESENT_REF'],
    ['Until now, no ferry has sailed.', '2004-06-09', 'now', 'PRESENT_REF'],
    ['The road is open now, officials said.', '2004-06-09', 'now', 'PRESENT_REF'],
    // a season with a spelled year (broadcast transcripts)
    [
      'Grain has not been this cheap since the winter of nineteen eighty-seven, traders say.',
      '1998-02-23',
      'the winter of nineteen eighty-seven',
      '1987-WI',
    ],
    [
      'The dam was finished in the summer of two thousand and one.',
      '2004-06-09',
      'the summer of two thousand and one',
      '2001-SU',
    ],
  ];
  it.each(rows)('%s (%s) → %s', (...row) => check(row as Row));
  const negatives: [string, string, RegExp][] = [
    // comparison compounds name a kind of period
    ['A one-time tax credit flattered its quarter-to-quarter numbers.', '2004-06-09', /quarter/i],
    ['Exports grew 4% year-over-year and 1% month-on-month.', '2004-06-09', /year|month/i],
    // the night of an event we cannot date is not the publication night
    ['Investigators played the radio calls from the night the ferry sank.', '2004-06-09', /night/],
    ['Neighbours heard nothing on the night he vanished.', '2004-06-09', /night/],
    ['She was at the stadium the night of the final.', '2004-06-09', /night/],
    // the future of something is its fate
    ['The summit will decide the future of the alliance.', '2004-06-09', /future/],
    // "Now," opening a sentence is a discourse marker
    ['Now, the mayor says, the plan looks different.', '2004-06-09', /now/i],
    ['The vote failed. Now, after two recounts, it stands.', '2004-06-09', /now/i],
    ['"Now, let us begin," she said.', '2004-06-09', /now/i],
    // "and then current events": "then" orders events
    ['He read the sports pages and then current events.', '2004-06-09', /then/],
  ];
  it.each(negatives)('extracts nothing matching from %s', (sentence, publishedAt, forbidden) =>
    none(sentence, publishedAt, forbidden),
  );
  it('keeps "the night" of the publication day and "the future" as a time', () => {
    expect(
      resolveDates('Rescue teams worked through the night.', { publishedAt: '2004-06-09' }).map((d) => d.text),
    ).toEqual(['the night']);
    expect(
      resolveDates('Talks will resume in the future.', { publishedAt: '2004-06-09' }).map((d) => [d.text, d.value]),
    ).toEqual([['the future', 'FUTURE_REF']]);
  });
});

describe('fourth round: a day named by a copula, a day counted from an event', () => {
  const rows: Row[] = [
    // "it/this is|was <a judged day | the Nth day of ...>": the day the clause is about
    [
      '"This is a historic day for our republic," the president told the crowd.',
      '2004-05-01',
      'a historic day',
      '2004-05-01',
    ],
    [
      'Rebels took the port on Saturday. It was a dark day for the city, residents said.',
      '2004-05-03',
      'a dark day',
      '2004-05-01',
    ],
    ["It's the third day of a strike by dock workers.", '2004-05-03', 'the third day', '2004-05-03'],
    ['Today is the 40th day of the siege.', '2004-05-03', 'the 40th day', '2004-05-03'],
    ['It was the saddest day of his career.', '2004-05-03', 'the saddest day', '2004-05-03'],
    // a day counted from an event: from the day under discussion, or the date in apposition
    [
      'The singer died on Tuesday, May 4. Fans gathered outside his home the day after his death.',
      '2004-05-10',
      'the day',
      '2004-05-05',
    ],
    ['Trading was heavy on April 30, the day before the holiday weekend.', '2004-05-10', 'the day', '2004-04-30'],
  ];
  it.each(rows)('%s (%s) → %s', (...row) => check(row as Row));
  const negatives: [string, string, RegExp][] = [
    // the subject is already the date
    ['Today is a sad day for the club.', '2004-05-03', /day for/],
    // the future names no day yet; an ordinal needs its event; no judgement, no reference
    ['It will be a great day for the town.', '2004-05-03', /day/],
    ['It is the first day he has felt well.', '2004-05-03', /first day/],
    // a day from an event with no day named before it is left out, and so is a clause after the signal
    ['The day after the election, markets rose.', '2004-05-03', /day/i],
    ['He was last seen May 3, the day before police issued a warrant.', '2004-05-10', /the day/],
  ];
  it.each(negatives)('extracts nothing matching from %s', (sentence, publishedAt, forbidden) =>
    none(sentence, publishedAt, forbidden),
  );
  it('reads no date into a day without a judgement or an ordinal', () => {
    expect(
      resolveDates('It was a day like any other.', { publishedAt: '2004-05-03' }).filter((d) => d.type === 'DATE'),
    ).toEqual([]);
  });
});
