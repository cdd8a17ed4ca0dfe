// Development set for resolveDates on English wire news (issue 3): 54 short invented
// passages in the style of AP, Reuters, NYT, WSJ and BBC stories of 2008–2016 (mostly
// 2012–2014, the years of the TempEval-3 test set), on the economy, politics, weather,
// sports, courts, health and technology, told in past, present and future.
//
// The rules were fixed against these passages, so this is a development set, not a held-out
// measure. Every expectation was written by reading the passage the way a careful TimeML annotator
// would — prepositions outside the span, "the" and modifiers inside; weeks ISO 'YYYY-Www';
// "last week" the previous ISO week; decades 'YYY', centuries 'YY'; weekday + part of day
// '…TNI' / '…TMO' / '…TEV'; "N units later" a DURATION of the amount without the signal;
// a weekday in past narration the most recent one, in future statements the coming one —
// never copied from the code's output.
// Tables:
//   ROWS      — [passage, expression, value, kind, type?, mod?]: a date with exactly that span
//               must exist with that value (and type / mod when given), and its offsets must
//               slice back to its text. Where the words occur more than once in the passage,
//               the expression is written inside a unique context with the span in brackets:
//               'game on [Sunday], a rematch'.
//   NEGATIVES — [passage, context, look-alike]: no date may overlap the look-alike.
//   NEUTRAL   — spans a careful annotator might or might not mark; never counted as extra.
// Kinds: R = relative (needs the publication date or an earlier date), A = absolute,
// D = duration / set / PRESENT_REF. The final test prints the score line and fails on any
// "extra" prediction (a date that overlaps no row, negative or neutral span).
// Rows the current code gets wrong are in KNOWN_GAPS (skipped with what the code returns
// and why it is wrong); run with CHECK_GAPS=1 to see them fail. Fix the code, then delete
// the entry.
import { definePassageSuite, type Negative, type Neutral, type Passage, type Row } from './passage-suite.js';

// ---------------------------------------------------------------------------------------
// The passages. Weekdays of the publication dates are in the comments.

const PASSAGES: Readonly<Record<string, Passage>> = {
  p01: {
    published: '2013-01-07',
    // Monday
    text: 'WASHINGTON (AP) — U.S. employers added 155,000 jobs in December, the Labor Department said Friday, capping 2012 with steady if unspectacular hiring. The unemployment rate stayed at 7.8 percent, unchanged from November. Economists expect hiring to pick up in the first quarter as the housing recovery gathers pace. The next jobs report is due on Feb. 1.',
  },
  p02: {
    published: '2012-11-07',
    // Wednesday
    text: 'CHICAGO (AP) — President Barack Obama won a second term on Tuesday, defeating Republican Mitt Romney after a campaign that cost more than $2 billion. Obama carried Ohio, the state that decided the 2004 election. Turnout on Election Day fell short of 2008, when a record 131 million Americans voted. Obama returns to Washington on Thursday to face a looming "fiscal cliff" of tax increases and spending cuts that take effect on Jan. 1. "The best is yet to come," he told supporters early Wednesday.',
  },
  p03: {
    published: '2013-02-25',
    // Monday
    text: 'KANSAS CITY, Mo. (Reuters) - A powerful winter storm dumped more than a foot of snow on Kansas City on Sunday and was expected to reach Chicago by Tuesday morning, forecasters said. It was the second major storm to hit the Plains in less than a week, after a blizzard last Thursday that killed three people. Schools across Oklahoma will stay closed on Monday. Temperatures should climb into the 50s by the weekend.',
  },
  p04: {
    published: '2013-01-14',
    // Monday
    text: "The Baltimore Ravens will face the New England Patriots in the AFC championship game on Sunday, a rematch of last January's title game. Baltimore beat Denver 38-35 in double overtime on Saturday. Ray Lewis, who announced this month that he will retire after the season, made 17 tackles. New England beat Houston 41-28 a day later. The winner will play in the Super Bowl in New Orleans on Feb. 3.",
  },
  p05: {
    published: '2013-03-22',
    // Friday
    text: 'NEW YORK (AP) — A federal judge on Thursday sentenced a former hedge fund trader to nine years in prison for insider trading. The trader, 38, was convicted in November of securities fraud and conspiracy. Prosecutors said the scheme ran from 2006 to 2010 and netted $276 million. His lawyers said they would file an appeal by the end of April. A co-defendant will be sentenced on May 14.',
  },
  p06: {
    published: '2013-01-11',
    // Friday
    text: 'ATLANTA (AP) — Flu is now widespread in 47 states, federal health officials said Friday, and the season may already have peaked in some regions. Boston declared a public health emergency on Wednesday after 700 confirmed cases since Oct. 1. Flu activity usually peaks in February. In 2009, a swine flu pandemic killed an estimated 12,000 Americans. The CDC will update its numbers next week.',
  },
  p07: {
    published: '2013-09-11',
    // Wednesday
    text: 'CUPERTINO, Calif. (Reuters) - Apple Inc unveiled two new iPhones on Tuesday, including a cheaper plastic model aimed at emerging markets. The phones go on sale on Sept. 20 in the United States, China and seven other countries. Apple shares fell 2.3 percent to $494.64 in after-hours trading. The company sold 31.2 million iPhones in the June quarter, up 20 percent from a year earlier. It will release its iOS 7 software next Wednesday.',
  },
  p08: {
    published: '2013-04-15',
    // Monday
    text: "Baroness Thatcher's funeral will take place at St Paul's Cathedral on Wednesday, Downing Street has confirmed. The former prime minister died last Monday at the age of 87. She served from 1979 to 1990, the longest continuous term of any prime minister in the 20th century. MPs were recalled from the Easter recess on Wednesday last week to pay tribute. The service will begin at 11:00 BST, and the procession will pass through Whitehall about an hour earlier.",
  },
  p09: {
    published: '2013-10-17',
    // Thursday
    text: 'Google Inc. said third-quarter profit rose 36% as mobile advertising revenue climbed. Net income was $2.97 billion, or $8.75 a share, compared with $2.18 billion, or $6.53 a share, a year earlier. Revenue in the quarter ended Sept. 30 rose 12% to $14.89 billion. The shares, which have gained 25% since January, jumped 6% in after-hours trading Thursday. Google will hold its annual shareholder meeting in June.',
  },
  p10: {
    published: '2013-10-01',
    // Tuesday
    text: 'WASHINGTON (AP) — The federal government began its first partial shutdown in 17 years on Tuesday after Congress failed to agree on a budget. About 800,000 federal workers were told to stay home. The last shutdown, which began in December 1995, lasted 21 days. House Republicans plan to vote again tonight on a short-term spending bill. The Treasury has warned that it will run out of borrowing authority by Oct. 17.',
  },
  p11: {
    published: '2013-10-31',
    // Thursday
    text: 'BOSTON (AP) — The Boston Red Sox won the World Series on Wednesday night, beating St. Louis 6-1 for their first title clinched at Fenway Park since 1918. Boston, which finished last in its division in 2012, went from worst to first in a year. The Red Sox also won championships in 2004 and 2007. Manager John Farrell said the club would begin planning for next season in the coming weeks. A victory parade is scheduled for Saturday.',
  },
  p12: {
    published: '2012-12-17',
    // Monday
    text: "TOKYO (Reuters) - Japan's Liberal Democratic Party swept back to power in Sunday's election, three years after a crushing defeat. Shinzo Abe, who served as prime minister for a year starting in 2006, is expected to be elected by parliament on Dec. 26. Abe wants the Bank of Japan to adopt a 2 percent inflation target. The BOJ meets on Wednesday and Thursday and is widely expected to ease policy. Japan's economy shrank in the July-September quarter, its second contraction this year.",
  },
  p13: {
    published: '2012-10-29',
    // Monday
    text: 'NEW YORK (AP) — Hurricane Sandy is expected to make landfall on the New Jersey coast tonight, pushing a storm surge of up to 11 feet into New York Harbor. The city shut its subway system on Sunday evening and ordered 375,000 people to leave low-lying areas. The storm killed at least 65 people in the Caribbean last week. Forecasters said heavy rain would continue through Wednesday. Officials compared it with the 1938 hurricane that struck Long Island.',
  },
  p14: {
    published: '2014-02-10',
    // Monday
    text: "SAN FRANCISCO (Reuters) - Twitter Inc's shares have fallen nearly 40 percent since the company reported its first quarterly results as a public company on Wednesday. The stock, which debuted on the New York Stock Exchange on Nov. 7, closed at $50.07 on Friday. Analysts said user growth slowed in the fourth quarter. Twitter expects revenue of $230 million to $240 million for the first quarter of 2014. Facebook, by contrast, celebrated its 10th anniversary last week.",
  },
  p15: {
    published: '2013-06-03',
    // Monday
    text: 'Measles cases in England reached their highest level in 18 years last year, according to Public Health England. There were 1,920 confirmed cases in 2012, compared with 56 in 1998. The rise is blamed on a drop in MMR vaccination in the late 1990s and early 2000s. A catch-up campaign began in April and aims to reach a million children by September. The outbreak in Swansea, which started in November, is now over, officials said.',
  },
  p16: {
    published: '2013-12-30',
    // Monday
    text: "NEW YORK — U.S. stocks are on track for their best year since 1997, with the S&P 500 up 29% in 2013. The Dow Jones Industrial Average closed at a record on Friday. Trading has been thin during the holiday season, and markets will close early on Tuesday for New Year's Eve and stay shut on Wednesday. Investors will watch for the December jobs report on Jan. 10. Some strategists expect gains of 5% to 10% next year.",
  },
  p17: {
    published: '2014-01-02',
    // Thursday
    text: 'AUSTIN, Texas (AP) — A state appeals court will hear arguments on Jan. 8 over a voter identification law that a trial judge struck down in late December. The law, passed in 2011, took effect on Jan. 1, 2012, but was blocked a week later. The state has until Feb. 14 to file its brief. Lawyers for the state said Tuesday that they expect a ruling by spring.',
  },
  p18: {
    published: '2014-06-15',
    // Sunday
    text: "A study published on Thursday found that regular walking can add years to a person's life. Researchers followed 12,000 adults for two decades, starting in 1990. Participants who walked for at least 30 minutes every day were 20 percent less likely to die. The findings will be presented at a conference in Boston next month. An earlier study, published in 2009, reached similar conclusions.",
  },
  p19: {
    published: '2013-07-19',
    // Friday
    text: "DETROIT (AP) — Detroit on Thursday became the largest U.S. city ever to file for bankruptcy. Its population has fallen from 1.8 million in 1950 to about 700,000 now. The city's emergency manager, appointed in March, said Detroit could emerge from bankruptcy by the end of next year. A hearing on the filing is scheduled for Monday. The city's long-term debt may exceed $18 billion.",
  },
  p20: {
    published: '2014-04-28',
    // Monday
    text: "Liverpool's hopes of a first league title since 1990 suffered a blow as Chelsea won 2-0 at Anfield on Sunday. Brendan Rodgers's side had won 11 consecutive matches since February. Manchester City, who visit Crystal Palace on Sunday, are now favourites. The Premier League season ends on 11 May.",
  },
  p21: {
    published: '2012-03-09',
    // Friday
    text: "Mitt Romney won six of the 10 states that voted on Super Tuesday, but Rick Santorum's three victories kept the race alive. The next contests are in Kansas on Saturday and in Alabama and Mississippi on Tuesday. Romney, who lost the 2008 nomination to John McCain, has raised $63 million since April. The Republican convention opens in Tampa on Aug. 27.",
  },
  p22: {
    published: '2013-05-12',
    // Sunday
    text: "WASHINGTON — Federal Reserve officials could begin to slow their bond purchases as early as this summer, several policy makers signaled in speeches this week. The Fed has been buying $85 billion of bonds a month since December. Unemployment fell to 7.5% in April, the lowest since December 2008. Fed Chairman Ben Bernanke will testify before Congress on May 22, and another official speaks on Monday. The Fed's next policy meeting begins June 18.",
  },
  p23: {
    published: '2014-09-08',
    // Monday
    text: 'Scotland will vote on independence on 18 September, and a poll published on Sunday put the Yes campaign ahead for the first time. The UK government is expected to set out new powers for Holyrood this week. The union of England and Scotland dates back to 1707. Both campaigns will hold rallies across the country over the weekend. If Scotland votes Yes, independence day has been pencilled in for March 2016.',
  },
  p24: {
    published: '2013-04-22',
    // Monday
    text: 'WATERTOWN, Mass. (AP) — Police arrested a 19-year-old man late Friday after a manhunt that shut down much of the Boston area. The suspect was found hiding in a boat in a backyard at about 8:45 p.m. He was charged on Monday with using a weapon of mass destruction. Investigators believe the attack had been planned for at least a month. His older brother traveled to Russia in January 2012 and returned six months later.',
  },
  p25: {
    published: '2013-11-04',
    // Monday
    text: 'TORONTO (Reuters) - BlackBerry Ltd said on Monday it had dropped plans to sell itself and would instead raise $1 billion from investors. The smartphone maker lost $965 million in the quarter that ended Aug. 31. Its shares have lost more than 90 percent of their value since mid-2008. Like Sun Microsystems, which Oracle bought in 2010, BlackBerry was an early leader that missed a shift in the market. It will report its next results in December.',
  },
  p26: {
    published: '2015-11-16',
    // Monday
    text: 'LONDON — The chancellor will set out his spending review on 25 November, with cuts of up to 30% expected at some departments. Ministers agreed the last of the savings over the weekend, the Treasury said. The review covers the period to 2020, by which time the government hopes to have eliminated the deficit. Health spending will rise by £8bn by the end of the decade. Labour said the plans would hit the poorest families hardest, as cuts did after 2010.',
  },
  p27: {
    published: '2012-06-18',
    // Monday
    text: 'CHICAGO (AP) — A heat wave that has baked the Midwest since Friday is expected to spread east by midweek, with temperatures reaching 100 degrees in Washington on Wednesday. Last month was the warmest May on record in the continental U.S., the National Climatic Data Center said, capping the warmest spring since record-keeping began in 1895. Relief is not expected until the weekend.',
  },
  p28: {
    published: '2010-05-06',
    // Thursday
    text: "WASHINGTON (AP) — The Supreme Court agreed on Monday to decide whether states can be sued under a Section 1983 civil-rights claim over prison conditions. The justices will hear arguments in the fall, with a ruling expected by June 2011. The statute was enacted in 1996 and amended four years later. Lower courts have split on the question since 2008, the solicitor general told the court last month. The court's current term ends in late June.",
  },
  p29: {
    published: '2009-03-02',
    // Monday
    text: 'NEW YORK (Reuters) - American International Group Inc reported a $61.7 billion loss for the fourth quarter on Monday, the largest quarterly loss in U.S. corporate history. The government will provide an additional $30 billion to the insurer, which has received $150 billion in aid since September. The Dow Jones industrial average fell 4.2 percent to 6,763, its lowest close since April 1997. Economists said the recession, which began in December 2007, could last well into next year.',
  },
  p30: {
    published: '2013-07-08',
    // Monday
    text: 'Andy Murray on Sunday became the first British man in 77 years to win the Wimbledon singles title, beating Novak Djokovic in straight sets. Fred Perry was the last British man to win it, in 1936. Murray, who lost last year\'s final to Roger Federer, won the US Open in September and Olympic gold in London last summer. He will next play in Montreal in August. "Those were the hardest few hours I\'ve ever had to play," he said.',
  },
  p31: {
    published: '2014-12-22',
    // Monday
    text: 'LOS ANGELES (Reuters) - Sony Pictures said on Wednesday it had canceled the Dec. 25 release of "The Interview" after major theater chains pulled out. The FBI on Friday blamed North Korea for the cyberattack on the studio, which began in late November. President Barack Obama said Friday that Sony had made a mistake. The studio is now looking at other ways to release the film. The hackers leaked thousands of emails dating back to 2010.',
  },
  p32: {
    published: '2013-06-21',
    // Friday
    text: "MIAMI (AP) — The Miami Heat won their second straight NBA title on Thursday night, beating the San Antonio Spurs 95-88 in Game 7. LeBron James scored 37 points. The Heat have now won three championships since 2006. The Spurs had won all four of their previous finals appearances, most recently in 2007. Miami's victory parade will begin at 11 a.m. Monday.",
  },
  p33: {
    published: '2013-12-02',
    // Monday
    text: 'WASHINGTON (AP) — The Obama administration said Sunday that the HealthCare.gov website now works smoothly for the vast majority of users, meeting its self-imposed deadline of Nov. 30. The site crashed repeatedly after its Oct. 1 launch. Consumers who want coverage starting Jan. 1 must sign up by Dec. 23. Open enrollment runs through March 31. Republicans, who have voted more than 40 times since 2011 to repeal the law, said the fixes came two months too late.',
  },
  p34: {
    published: '2013-08-26',
    // Monday
    text: 'WASHINGTON — Sales of new homes fell 13.4% in July from June, the Commerce Department said Monday, as rising mortgage rates began to bite. Sales were still up 6.8% from July 2012. The typical rate for a 30-year fixed mortgage has jumped more than a full percentage point since early May. Economists expect the Fed to start scaling back its bond buying as soon as September. The report for August is due Sept. 25.',
  },
  p35: {
    published: '2014-10-01',
    // Wednesday
    text: 'DALLAS (AP) — A man who flew from Liberia to Dallas has been diagnosed with Ebola, the first case detected in the United States, health officials said Tuesday. The patient arrived on Sept. 20 and began showing symptoms four days later. He was admitted to a hospital on Sunday. The outbreak, which began in Guinea in March, has killed more than 3,000 people in West Africa this year. Officials will give an update on Thursday morning.',
  },
  p36: {
    published: '2014-11-05',
    // Wednesday
    text: 'WASHINGTON (AP) — Republicans won control of the Senate on Tuesday for the first time since 2006 and expanded their House majority to its largest since the 1920s. Turnout was the lowest in a midterm election since 1942. The new Congress will be sworn in on Jan. 6. President Barack Obama, who has two years left in office, said he would meet congressional leaders on Friday.',
  },
  p37: {
    published: '2013-04-01',
    // Monday
    text: "BEIJING (Reuters) - China's economy grew by about 10 percent annually over the past decade, but growth slowed to 7.8 percent last year. A decade ago, China was the world's sixth-largest economy; it is now second only to the United States. In recent years, Beijing has tried to shift the economy toward consumer spending. The government aims to double incomes by 2020 from 2010 levels. First-quarter GDP figures will be released on April 15.",
  },
  p38: {
    published: '2013-09-30',
    // Monday
    text: 'SEATTLE (Reuters) - Boeing Co expects to deliver the first stretched version of its 787 Dreamliner in mid-2014, the company said on Monday. The plane maker booked 1,203 orders in fiscal 2012 and expects to top that in fiscal 2013, which ends in December. The 787 fleet was grounded for more than three months earlier this year after battery fires. Boeing shares have risen 60 percent since January. The company will report third-quarter results on Oct. 23.',
  },
  p39: {
    published: '2012-01-03',
    // Tuesday
    text: 'A painting lost for more than a century has been identified as the work of a 17th-century Dutch master. The portrait, painted around 1640, was bought at an auction in New York last month for $42,000. It will go on display at the National Gallery in London this spring. Experts said the canvas had been heavily overpainted in the 19th century. The gallery reopens on Thursday after the Christmas break.',
  },
  p40: {
    published: '2008-09-15',
    // Monday
    text: "NEW YORK (Reuters) - Lehman Brothers filed for bankruptcy protection early Monday after talks to sell the firm collapsed over the weekend. Its shares plunged 42 percent on Thursday and fell a further 13 percent the next day. Bank of America agreed on Sunday to buy Merrill Lynch for $50 billion; the same day, Barclays walked away from talks to buy Lehman. A year earlier, Lehman's stock traded above $60. The Dow fell 504 points on Monday, its worst day since Sept. 17, 2001.",
  },
  p41: {
    published: '2013-11-29',
    // Friday
    text: 'NEW YORK (AP) — Jamie Lee Curtis, who starred in the 2003 remake of "Freaky Friday," will host a charity gala at 8 p.m. Saturday. The pop-punk band Fall Out Boy, which reunited earlier this year, will headline the event. The gala raised $3 million for the March of Dimes last year. Tickets went on sale this morning and sold out within an hour, said May Thompson, the event\'s director.',
  },
  p42: {
    published: '2012-01-10',
    // Tuesday
    text: "DETROIT (Reuters) - General Motors Co unveiled the redesigned 2013 Chevrolet Malibu at the Detroit auto show on Monday. The car goes on sale in the United States this fall, and GM expects to sell about 3/4 of its output in North America. GM, which emerged from bankruptcy in July 2009, regained its title as the world's biggest automaker last year. Its U.S. sales in December rose 5 percent from a year earlier. The show opens to the public on Saturday.",
  },
  p43: {
    published: '2013-10-07',
    // Monday
    text: 'SPRINGFIELD (AP) — A gunman who killed two people at a shopping mall on Friday night had bought the rifle the week before, police said. The suspect, 24, had been fired from a job at the mall late last year. He will be arraigned at 3 p.m. Tuesday. The mall, which opened in the 1990s, will reopen on Wednesday. It was the second shooting there in two years; a security guard was wounded in the parking lot two years ago.',
  },
  p44: {
    published: '2013-11-18',
    // Monday
    text: "CHICAGO — The city's school board voted earlier this month to close 12 schools by the end of the year, a plan first proposed last spring. Parents plan to protest at City Hall this week. The board's chairman said Monday that enrollment had fallen by a third since 2000. A final vote is expected in January. The closures would be the most since the 1970s.",
  },
  p45: {
    published: '2016-11-09',
    // Wednesday
    text: 'NEW YORK (AP) — Donald Trump won the presidency on Tuesday in one of the biggest upsets in American political history. He will be sworn in on Jan. 20. Trump, who had never held elected office, will be 70 years old on Inauguration Day, the oldest president to take office. Hillary Clinton conceded in a phone call early Wednesday. Republicans also kept control of the Senate, which they have held since 2015.',
  },
  p46: {
    published: '2011-08-08',
    // Monday
    text: "NEW YORK (Reuters) - Stocks plunged on Monday in the first trading session since Standard & Poor's stripped the United States of its AAA credit rating late Friday. The Dow fell 634 points, its sixth-largest point drop ever. The United States had held the top rating since 1917. S&P said it could cut the rating again within the next two years. Gold rose above $1,700 an ounce for the first time.",
  },
  p47: {
    published: '2012-09-02',
    // Sunday
    text: 'NEW ORLEANS (AP) — The remnants of Isaac dumped heavy rain on the Ohio Valley on Saturday after the storm drenched Louisiana. Isaac made landfall on Tuesday night, seven years after Hurricane Katrina. Power had been restored to about half of the 900,000 customers who lost it, utilities said on Sunday. President Barack Obama will visit Louisiana on Monday. Democrats open their convention in Charlotte on Tuesday.',
  },
  p48: {
    published: '2013-11-25',
    // Monday
    text: 'NEW YORK (AP) — Retailers are bracing for a shorter holiday shopping season: Thanksgiving falls on Nov. 28 this year, leaving just 26 days until Christmas. Many stores will open on Thanksgiving Day itself, hours before Black Friday. Sales in October rose 3.5 percent, the National Retail Federation said last week. Online spending on Cyber Monday is expected to top $2 billion for the first time. Shoppers spent an average of $423 each over the holiday weekend in 2012.',
  },
  p49: {
    published: '2014-01-06',
    // Monday
    text: 'CHICAGO (AP) — Temperatures plunged to minus 16 degrees in Chicago early Monday, the coldest in almost 20 years, as a polar vortex swept across the Midwest. Schools in Minneapolis were closed on Monday and will stay shut on Tuesday. Forecasters said the cold would ease by Wednesday afternoon, and temperatures could reach the 40s by the weekend. More than 3,700 flights were canceled on Sunday. The last time it was this cold was in January 1994.',
  },
  p50: {
    published: '2012-08-13',
    // Monday
    text: 'The London Olympics ended on Sunday night with a closing ceremony watched by 26 million people in the UK. Team GB won 29 gold medals, its best haul since 1908. The Paralympics open on 29 August, and the next Summer Games will be held in Rio de Janeiro in 2016. Organisers said ticket sales had exceeded forecasts over the past fortnight. Sprinter Usain Bolt said he would decide later this year whether to compete in Rio.',
  },
  p51: {
    published: '2013-03-04',
    // Monday
    text: "LISBON (Reuters) - Hundreds of thousands of people marched through Portuguese cities on Saturday to protest against austerity, two weeks after a 24-hour general strike closed schools and hospitals. Unemployment hit a record 17.6 percent in the fourth quarter, up from 14 percent a year earlier. Inspectors from the European Union and IMF return to Lisbon on Monday for their seventh review since the country's 2011 bailout. The government must submit revised budget plans by noon Thursday. Saturday's protest was the largest since 1974.",
  },
  p52: {
    published: '2014-06-30',
    // Monday
    text: 'NEW YORK — U.S. stocks posted their sixth straight quarterly gain, with the S&P 500 rising 6.1% in the first half. The index has climbed 22% over the past 12 months. Strategists expect more modest gains in the second half, and many see the index ending the year near 2000. Mergers announced so far this year total $1.7 trillion, the most since 2007. Markets will close early on Thursday and stay shut on Friday for the Fourth of July holiday.',
  },
  p53: {
    published: '2013-09-17',
    // Tuesday
    text: "Microsoft will stop selling Windows 7 to PC makers in October next year, the company said on Monday. The operating system, launched in 2009, still runs on about half of the world's PCs. Support for Windows XP, released in 2001, ends on 8 April 2014. Windows 8.1 goes on sale on 18 October. Analysts expect PC shipments to fall for a third consecutive year in 2014.",
  },
  p54: {
    published: '2012-02-13',
    // Monday
    text: "LOS ANGELES (AP) — Whitney Houston died on Saturday afternoon in a Beverly Hills hotel room, hours before a pre-Grammy party she was due to attend. She was 48. Houston dominated the charts in the 1980s and sold more than 170 million records over three decades. Sunday night's Grammy ceremony opened with a prayer in her honor. A funeral will be held in Newark, New Jersey, on Saturday.",
  },
};

// ---------------------------------------------------------------------------------------
// Every temporal expression of every passage, as a careful annotator values it.

const ROWS: readonly Row[] = [
  // p01 (Mon 2013-01-07): a jobs report told in the past, the next one in the future
  ['p01', 'December', '2012-12', 'R'], // "added 155,000 jobs in December": last month
  ['p01', 'Friday', '2013-01-04', 'R'], // "said Friday" in a Monday story: three days earlier
  ['p01', '2012', '2012', 'A'],
  ['p01', 'November', '2012-11', 'R'],
  ['p01', 'the first quarter', '2013-Q1', 'R'], // "expect hiring to pick up in the first quarter"
  ['p01', 'Feb. 1', '2013-02-01', 'R'],

  // p02 (Wed 2012-11-07): election night
  ['p02', 'Tuesday', '2012-11-06', 'R'],
  ['p02', '2004', '2004', 'A'], // "the 2004 election"
  ['p02', 'Election Day', '2012-11-06', 'R'],
  ['p02', '2008', '2008', 'A'],
  ['p02', 'Thursday', '2012-11-08', 'R'], // "returns to Washington on Thursday": the coming one
  ['p02', 'Jan. 1', '2013-01-01', 'R'], // cuts "that take effect on Jan. 1": next year
  ['p02', 'early Wednesday', '2012-11-07', 'R', 'DATE', 'START'], // "told supporters early Wednesday": today

  // p03 (Mon 2013-02-25): a storm; "on Monday" in a Monday story is today
  ['p03', 'Sunday', '2013-02-24', 'R'],
  ['p03', 'Tuesday morning', '2013-02-26TMO', 'R'],
  ['p03', 'less than a week', 'P1W', 'D', 'DURATION', 'LESS_THAN'],
  ['p03', 'last Thursday', '2013-02-21', 'R'],
  ['p03', 'Monday', '2013-02-25', 'R'], // "will stay closed on Monday"
  ['p03', 'the weekend', '2013-W09-WE', 'R'], // "climb into the 50s by the weekend": this week's

  // p04 (Mon 2013-01-14): playoffs
  ['p04', 'game on [Sunday], a rematch', '2013-01-20', 'R'], // "will face ... on Sunday"
  ['p04', 'last January', '2012-01', 'R'], // in January, "last January" is a year back
  ['p04', 'Saturday', '2013-01-12', 'R'],
  ['p04', 'this month', '2013-01', 'R'],
  ['p04', 'a day', 'P1D', 'D', 'DURATION'], // "a day later": the amount, signal outside
  ['p04', 'Feb. 3', '2013-02-03', 'R'],

  // p05 (Fri 2013-03-22): a sentencing
  ['p05', 'Thursday', '2013-03-21', 'R'],
  ['p05', 'nine years', 'P9Y', 'D', 'DURATION'],
  ['p05', 'November', '2012-11', 'R'], // "was convicted in November": the past one
  ['p05', '2006', '2006', 'A'],
  ['p05', '2010', '2010', 'A'],
  ['p05', 'the end of April', '2013-04', 'R', 'DATE', 'END'],
  ['p05', 'May 14', '2013-05-14', 'R'],

  // p06 (Fri 2013-01-11): flu
  ['p06', 'now', 'PRESENT_REF', 'D'],
  ['p06', 'Friday', '2013-01-11', 'R'],
  ['p06', 'Wednesday', '2013-01-09', 'R'],
  ['p06', 'Oct. 1', '2012-10-01', 'R'], // "700 cases since Oct. 1": last October in a January story
  ['p06', 'February', 'XXXX-02', 'R'], // "usually peaks in February": generic, no year
  ['p06', '2009', '2009', 'A'],
  ['p06', 'next week', '2013-W03', 'R'],

  // p07 (Wed 2013-09-11): a product launch
  ['p07', 'Tuesday', '2013-09-10', 'R'],
  ['p07', 'Sept. 20', '2013-09-20', 'R'],
  ['p07', 'the June quarter', '2013-Q2', 'R'],
  ['p07', 'a year earlier', '2012-Q2', 'R'], // the same quarter a year before
  ['p07', 'next Wednesday', '2013-09-18', 'R'], // in a Wednesday story: a week ahead

  // p08 (Mon 2013-04-15): a funeral (BBC)
  ['p08', 'Cathedral on [Wednesday]', '2013-04-17', 'R'],
  ['p08', 'last Monday', '2013-04-08', 'R'],
  ['p08', '1979', '1979', 'A'],
  ['p08', '1990', '1990', 'A'],
  ['p08', 'the 20th century', '19', 'A'],
  ['p08', 'Wednesday last week', '2013-04-10', 'R'],
  ['p08', 'Easter', '2013-03-31', 'R'], // "the Easter recess": Easter 2013 was March 31
  ['p08', '11:00 BST', '2013-04-17T11:00', 'R', 'TIME'], // the service, on the funeral day
  ['p08', 'about an hour', 'PT1H', 'D', 'DURATION', 'APPROX'], // "about an hour earlier"

  // p09 (Thu 2013-10-17): earnings
  ['p09', 'third-quarter', '2013-Q3', 'R'],
  ['p09', 'a year earlier', '2012-Q3', 'R'],
  ['p09', 'Sept. 30', '2013-09-30', 'R'],
  ['p09', 'January', '2013-01', 'R'], // "have gained 25% since January"
  ['p09', 'Thursday', '2013-10-17', 'R'],
  ['p09', 'June', '2014-06', 'R'], // "will hold its annual meeting in June": next June

  // p10 (Tue 2013-10-01): shutdown
  ['p10', '17 years', 'P17Y', 'D', 'DURATION'],
  ['p10', 'Tuesday', '2013-10-01', 'R'],
  ['p10', 'December 1995', '1995-12', 'A'],
  ['p10', '21 days', 'P21D', 'D', 'DURATION'],
  ['p10', 'tonight', '2013-10-01TNI', 'R'],
  ['p10', 'Oct. 17', '2013-10-17', 'R'],

  // p11 (Thu 2013-10-31): baseball
  ['p11', 'Wednesday night', '2013-10-30TNI', 'R'],
  ['p11', '1918', '1918', 'A'],
  ['p11', '2012', '2012', 'A'],
  ['p11', 'first in [a year].', 'P1Y', 'D', 'DURATION'],
  ['p11', '2004', '2004', 'A'],
  ['p11', '2007', '2007', 'A'],
  ['p11', 'next season', '2014', 'R'], // in late October, after the World Series: 2014
  ['p11', 'the coming weeks', 'PXW', 'D', 'DURATION'],
  ['p11', 'Saturday', '2013-11-02', 'R'],

  // p12 (Mon 2012-12-17): Japan
  ['p12', 'Sunday', '2012-12-16', 'R'], // "Sunday's election"
  ['p12', 'three years', 'P3Y', 'D', 'DURATION'], // "three years after a crushing defeat"
  ['p12', 'for [a year] starting', 'P1Y', 'D', 'DURATION'],
  ['p12', '2006', '2006', 'A'],
  ['p12', 'Dec. 26', '2012-12-26', 'R'],
  ['p12', 'Wednesday', '2012-12-19', 'R'], // "The BOJ meets on Wednesday and Thursday"
  ['p12', 'Thursday', '2012-12-20', 'R'],
  ['p12', 'the July-September quarter', '2012-Q3', 'R'],
  ['p12', 'this year', '2012', 'R'],

  // p13 (Mon 2012-10-29): hurricane
  ['p13', 'tonight', '2012-10-29TNI', 'R'],
  ['p13', 'Sunday evening', '2012-10-28TEV', 'R'],
  ['p13', 'last week', '2012-W43', 'R'],
  ['p13', 'Wednesday', '2012-10-31', 'R'], // "would continue through Wednesday"
  ['p13', '1938', '1938', 'A'], // "the 1938 hurricane"

  // p14 (Mon 2014-02-10): Twitter
  ['p14', 'Wednesday', '2014-02-05', 'R'],
  ['p14', 'Nov. 7', '2013-11-07', 'R'], // "debuted ... on Nov. 7": last November
  ['p14', 'Friday', '2014-02-07', 'R'],
  ['p14', 'the fourth quarter', '2013-Q4', 'R'], // the quarter just reported
  ['p14', 'the first quarter of 2014', '2014-Q1', 'A'],
  ['p14', 'last week', '2014-W06', 'R'],

  // p15 (Mon 2013-06-03): measles (BBC)
  ['p15', '18 years', 'P18Y', 'D', 'DURATION'],
  ['p15', 'last year', '2012', 'R'],
  ['p15', 'cases in [2012]', '2012', 'A'],
  ['p15', '1998', '1998', 'A'],
  ['p15', 'the late 1990s', '199', 'A', 'DATE', 'END'],
  ['p15', 'early 2000s', '200', 'A', 'DATE', 'START'],
  ['p15', 'April', '2013-04', 'R'],
  ['p15', 'September', '2013-09', 'R'], // "aims to reach ... by September": this coming one
  ['p15', 'November', '2012-11', 'R'], // "started in November" and "is now over": the past one
  ['p15', 'now', 'PRESENT_REF', 'D'],

  // p16 (Mon 2013-12-30): the year's last trading days
  ['p16', '1997', '1997', 'A'],
  ['p16', '2013', '2013', 'A'],
  ['p16', 'Friday', '2013-12-27', 'R'],
  // judgement: the Christmas–New Year season of this December (no TIMEX3 notation fits better)
  ['p16', 'the holiday season', '2013-12', 'R'],
  ['p16', 'Tuesday', '2013-12-31', 'R'],
  ['p16', "New Year's Eve", '2013-12-31', 'R'],
  ['p16', 'Wednesday', '2014-01-01', 'R'], // "stay shut on Wednesday": New Year's Day
  ['p16', 'December', '2013-12', 'R'], // "the December jobs report", out in January
  ['p16', 'Jan. 10', '2014-01-10', 'R'],
  ['p16', 'next year', '2014', 'R'],

  // p17 (Thu 2014-01-02): a court calendar across the year boundary
  ['p17', 'Jan. 8', '2014-01-08', 'R'],
  ['p17', 'late December', '2013-12', 'R', 'DATE', 'END'],
  ['p17', '2011', '2011', 'A'],
  ['p17', 'Jan. 1, 2012', '2012-01-01', 'A'],
  ['p17', 'a week', 'P1W', 'D', 'DURATION'], // "blocked a week later"
  ['p17', 'Feb. 14', '2014-02-14', 'R'],
  ['p17', 'Tuesday', '2013-12-31', 'R'], // "said Tuesday" in a Thursday story
  ['p17', 'spring', '2014-SP', 'R'], // "expect a ruling by spring"

  // p18 (Sun 2014-06-15): a health study
  ['p18', 'Thursday', '2014-06-12', 'R'],
  ['p18', 'add [years] to', 'PXY', 'D', 'DURATION'],
  ['p18', 'two decades', 'P20Y', 'D', 'DURATION'],
  ['p18', '1990', '1990', 'A'],
  ['p18', 'at least 30 minutes', 'PT30M', 'D', 'DURATION'],
  ['p18', 'every day', 'P1D', 'D', 'SET'],
  ['p18', 'next month', '2014-07', 'R'],
  ['p18', '2009', '2009', 'A'],

  // p19 (Fri 2013-07-19): Detroit
  ['p19', 'Thursday', '2013-07-18', 'R'],
  ['p19', '1950', '1950', 'A'],
  ['p19', 'now', 'PRESENT_REF', 'D'],
  ['p19', 'March', '2013-03', 'R'],
  ['p19', 'the end of next year', '2014', 'R', 'DATE', 'END'],
  ['p19', 'Monday', '2013-07-22', 'R'], // "A hearing ... is scheduled for Monday"

  // p20 (Mon 2014-04-28): football (BBC); two Sundays, one past, one coming
  ['p20', '1990', '1990', 'A'],
  ['p20', 'Anfield on [Sunday]', '2014-04-27', 'R'],
  ['p20', 'February', '2014-02', 'R'],
  ['p20', 'Palace on [Sunday]', '2014-05-04', 'R'],
  ['p20', 'now', 'PRESENT_REF', 'D'],
  ['p20', '11 May', '2014-05-11', 'R'],

  // p21 (Fri 2012-03-09): primaries
  ['p21', 'Super Tuesday', '2012-03-06', 'R'],
  ['p21', 'Saturday', '2012-03-10', 'R'],
  ['p21', 'Mississippi on [Tuesday].', '2012-03-13', 'R'], // "The next contests are ... on Tuesday": the coming one
  ['p21', '2008', '2008', 'A'],
  ['p21', 'April', '2011-04', 'R'], // "has raised $63 million since April" in March: last April
  ['p21', 'Aug. 27', '2012-08-27', 'R'],

  // p22 (Sun 2013-05-12): the Fed; "this week" in a Sunday story is the week now ending
  ['p22', 'this summer', '2013-SU', 'R'],
  ['p22', 'this week', '2013-W19', 'R'],
  ['p22', 'a month', 'P1M', 'D'], // "$85 billion of bonds a month"
  ['p22', 'since [December].', '2012-12', 'R'],
  ['p22', 'April', '2013-04', 'R'],
  ['p22', 'December 2008', '2008-12', 'A'],
  ['p22', 'May 22', '2013-05-22', 'R'],
  ['p22', 'Monday', '2013-05-13', 'R'],
  ['p22', 'June 18', '2013-06-18', 'R'],

  // p23 (Mon 2014-09-08): Scotland (BBC)
  ['p23', '18 September', '2014-09-18', 'R'],
  ['p23', 'Sunday', '2014-09-07', 'R'],
  ['p23', 'this week', '2014-W37', 'R'],
  ['p23', '1707', '1707', 'A'],
  ['p23', 'the weekend', '2014-W37-WE', 'R'], // "will hold rallies ... over the weekend": the coming one
  ['p23', 'March 2016', '2016-03', 'A'],

  // p24 (Mon 2013-04-22): a manhunt
  ['p24', 'late Friday', '2013-04-19', 'R'],
  ['p24', 'about 8:45 p.m.', '2013-04-19T20:45', 'R', 'TIME'], // that Friday
  ['p24', 'Monday', '2013-04-22', 'R'],
  ['p24', 'at least a month', 'P1M', 'D', 'DURATION'],
  ['p24', 'January 2012', '2012-01', 'A'],
  ['p24', 'six months', 'P6M', 'D', 'DURATION'], // "returned six months later"

  // p25 (Mon 2013-11-04): BlackBerry
  ['p25', 'Monday', '2013-11-04', 'R'],
  ['p25', 'Aug. 31', '2013-08-31', 'R'],
  ['p25', 'mid-2008', '2008', 'A', 'DATE', 'MID'],
  ['p25', '2010', '2010', 'A'],
  ['p25', 'December', '2013-12', 'R'],

  // p26 (Mon 2015-11-16): a UK budget (BBC)
  ['p26', '25 November', '2015-11-25', 'R'],
  ['p26', 'the weekend', '2015-W46-WE', 'R'], // "agreed ... over the weekend": the one just past
  ['p26', '2020', '2020', 'A'],
  ['p26', 'the end of the decade', '201', 'R', 'DATE', 'END'],
  ['p26', '2010', '2010', 'A'],

  // p27 (Mon 2012-06-18): heat
  ['p27', 'Friday', '2012-06-15', 'R'],
  ['p27', 'Wednesday', '2012-06-20', 'R'],
  ['p27', 'Last month', '2012-05', 'R'],
  ['p27', 'May', '2012-05', 'R'], // "the warmest May on record": this May
  ['p27', 'spring', '2012-SP', 'R'], // "capping the warmest spring"
  ['p27', '1895', '1895', 'A'],
  ['p27', 'the weekend', '2012-W25-WE', 'R'],

  // p28 (Thu 2010-05-06): Supreme Court
  ['p28', 'Monday', '2010-05-03', 'R'],
  ['p28', 'the fall', '2010-FA', 'R'],
  ['p28', 'June 2011', '2011-06', 'A'],
  ['p28', '1996', '1996', 'A'],
  ['p28', 'four years', 'P4Y', 'D', 'DURATION'], // "amended four years later"
  ['p28', '2008', '2008', 'A'],
  ['p28', 'last month', '2010-04', 'R'],
  ['p28', 'late June', '2010-06', 'R', 'DATE', 'END'],

  // p29 (Mon 2009-03-02): AIG
  ['p29', 'the fourth quarter', '2008-Q4', 'R'],
  ['p29', 'Monday', '2009-03-02', 'R'],
  ['p29', 'September', '2008-09', 'R'],
  ['p29', 'April 1997', '1997-04', 'A'],
  ['p29', 'December 2007', '2007-12', 'A'],
  ['p29', 'next year', '2010', 'R'],

  // p30 (Mon 2013-07-08): tennis (BBC); "last summer" in July is the summer of 2012
  ['p30', 'Sunday', '2013-07-07', 'R'],
  ['p30', '77 years', 'P77Y', 'D', 'DURATION'],
  ['p30', '1936', '1936', 'A'],
  ['p30', 'last year', '2012', 'R'], // "last year's final"
  ['p30', 'September', '2012-09', 'R'], // "won the US Open in September": the past one
  ['p30', 'last summer', '2012-SU', 'R'],
  ['p30', 'August', '2013-08', 'R'],
  ['p30', 'few hours', 'PTXH', 'D', 'DURATION'],

  // p31 (Mon 2014-12-22): Sony
  ['p31', 'Wednesday', '2014-12-17', 'R'],
  ['p31', 'Dec. 25', '2014-12-25', 'R'],
  ['p31', 'FBI on [Friday]', '2014-12-19', 'R'],
  ['p31', 'late November', '2014-11', 'R', 'DATE', 'END'],
  ['p31', 'Obama said [Friday]', '2014-12-19', 'R'],
  ['p31', 'now', 'PRESENT_REF', 'D'],
  ['p31', '2010', '2010', 'A'],

  // p32 (Fri 2013-06-21): basketball
  ['p32', 'Thursday night', '2013-06-20TNI', 'R'],
  ['p32', 'now', 'PRESENT_REF', 'D'],
  ['p32', '2006', '2006', 'A'],
  ['p32', '2007', '2007', 'A'],
  ['p32', '11 a.m. Monday', '2013-06-24T11:00', 'R', 'TIME'],

  // p33 (Mon 2013-12-02): enrollment deadlines across the year boundary
  ['p33', 'Sunday', '2013-12-01', 'R'],
  ['p33', 'now', 'PRESENT_REF', 'D'],
  ['p33', 'Nov. 30', '2013-11-30', 'R'],
  ['p33', 'Oct. 1', '2013-10-01', 'R'],
  ['p33', 'Jan. 1', '2014-01-01', 'R'], // "coverage starting Jan. 1"
  ['p33', 'Dec. 23', '2013-12-23', 'R'],
  ['p33', 'March 31', '2014-03-31', 'R'],
  ['p33', '2011', '2011', 'A'],
  ['p33', 'two months', 'P2M', 'D', 'DURATION'],

  // p34 (Mon 2013-08-26): housing
  ['p34', 'in [July] from', '2013-07', 'R'],
  ['p34', 'June', '2013-06', 'R'],
  ['p34', 'Monday', '2013-08-26', 'R'],
  ['p34', 'July 2012', '2012-07', 'A'],
  ['p34', '30-year', 'P30Y', 'D', 'DURATION'], // "a 30-year fixed mortgage" (TimeBank marks these)
  ['p34', 'early May', '2013-05', 'R', 'DATE', 'START'],
  ['p34', 'September', '2013-09', 'R'],
  ['p34', 'August', '2013-08', 'R'],
  ['p34', 'Sept. 25', '2013-09-25', 'R'],

  // p35 (Wed 2014-10-01): Ebola
  ['p35', 'Tuesday', '2014-09-30', 'R'],
  ['p35', 'Sept. 20', '2014-09-20', 'R'],
  ['p35', 'four days', 'P4D', 'D', 'DURATION'],
  ['p35', 'Sunday', '2014-09-28', 'R'],
  ['p35', 'March', '2014-03', 'R'],
  ['p35', 'this year', '2014', 'R'],
  ['p35', 'Thursday morning', '2014-10-02TMO', 'R'],

  // p36 (Wed 2014-11-05): midterms
  ['p36', 'Tuesday', '2014-11-04', 'R'],
  ['p36', '2006', '2006', 'A'],
  ['p36', 'the 1920s', '192', 'A'],
  ['p36', '1942', '1942', 'A'],
  ['p36', 'Jan. 6', '2015-01-06', 'R'],
  ['p36', 'two years', 'P2Y', 'D', 'DURATION'],
  ['p36', 'Friday', '2014-11-07', 'R'],

  // p37 (Mon 2013-04-01): China
  ['p37', 'annually', 'P1Y', 'D', 'SET'],
  ['p37', 'the past decade', 'P10Y', 'D', 'DURATION'],
  ['p37', 'last year', '2012', 'R'],
  ['p37', 'A decade ago', '2003', 'R'],
  ['p37', 'now', 'PRESENT_REF', 'D'],
  // "in recent years": the recent past, DATE PAST_REF (TimeBank's majority reading; issue 17)
  ['p37', 'recent years', 'PAST_REF', 'D', 'DATE'],
  ['p37', '2020', '2020', 'A'],
  ['p37', '2010', '2010', 'A'],
  ['p37', 'First-quarter', '2013-Q1', 'R'],
  ['p37', 'April 15', '2013-04-15', 'R'],

  // p38 (Mon 2013-09-30): Boeing
  ['p38', 'mid-2014', '2014', 'A', 'DATE', 'MID'],
  ['p38', 'Monday', '2013-09-30', 'R'],
  ['p38', 'fiscal 2012', '2012', 'A'],
  ['p38', 'fiscal 2013', '2013', 'A'],
  ['p38', 'December', '2013-12', 'R'], // fiscal 2013 "ends in December"
  ['p38', 'more than three months', 'P3M', 'D', 'DURATION', 'MORE_THAN'],
  ['p38', 'earlier this year', '2013', 'R'],
  ['p38', 'January', '2013-01', 'R'],
  ['p38', 'third-quarter', '2013-Q3', 'R'],
  ['p38', 'Oct. 23', '2013-10-23', 'R'],

  // p39 (Tue 2012-01-03): a painting (BBC)
  ['p39', 'more than a century', 'P100Y', 'D', 'DURATION', 'MORE_THAN'],
  ['p39', '17th-century', '16', 'A'],
  ['p39', 'around 1640', '1640', 'A', 'DATE', 'APPROX'],
  ['p39', 'last month', '2011-12', 'R'],
  ['p39', 'this spring', '2012-SP', 'R'],
  ['p39', 'the 19th century', '18', 'A'],
  ['p39', 'Thursday', '2012-01-05', 'R'],
  ['p39', 'Christmas', '2011-12-25', 'R'], // "reopens ... after the Christmas break" on Jan. 3: the one just past

  // p40 (Mon 2008-09-15): Lehman; anaphora
  ['p40', 'early Monday', '2008-09-15', 'R', 'DATE', 'START'],
  ['p40', 'the weekend', '2008-W37-WE', 'R'],
  ['p40', 'Thursday', '2008-09-11', 'R'],
  ['p40', 'the next day', '2008-09-12', 'R'], // the day after that Thursday
  ['p40', 'Sunday', '2008-09-14', 'R'],
  ['p40', 'the same day', '2008-09-14', 'R'], // that Sunday
  ['p40', 'A year earlier', '2007', 'R'], // a year before the collapse
  ['p40', 'points on [Monday]', '2008-09-15', 'R'],
  ['p40', 'Sept. 17, 2001', '2001-09-17', 'A'],

  // p41 (Fri 2013-11-29): entertainment, full of look-alikes
  ['p41', '2003', '2003', 'A'], // "the 2003 remake"
  ['p41', '8 p.m. Saturday', '2013-11-30T20:00', 'R', 'TIME'],
  ['p41', 'earlier this year', '2013', 'R'],
  ['p41', 'last year', '2012', 'R'],
  ['p41', 'this morning', '2013-11-29TMO', 'R'],
  ['p41', 'an hour', 'PT1H', 'D', 'DURATION'], // "sold out within an hour"

  // p42 (Tue 2012-01-10): auto show
  ['p42', 'Monday', '2012-01-09', 'R'],
  ['p42', 'this fall', '2012-FA', 'R'],
  ['p42', 'July 2009', '2009-07', 'A'],
  ['p42', 'last year', '2011', 'R'],
  ['p42', 'December', '2011-12', 'R'], // "sales in December" in January: last month
  ['p42', 'a year earlier', '2010-12', 'R'], // December a year before
  ['p42', 'Saturday', '2012-01-14', 'R'],

  // p43 (Mon 2013-10-07): a shooting; the week before Friday's week
  ['p43', 'Friday night', '2013-10-04TNI', 'R'],
  ['p43', 'the week before', '2013-W39', 'R'],
  ['p43', 'late last year', '2012', 'R', 'DATE', 'END'],
  ['p43', '3 p.m. Tuesday', '2013-10-08T15:00', 'R', 'TIME'],
  ['p43', 'the 1990s', '199', 'A'],
  ['p43', 'Wednesday', '2013-10-09', 'R'],
  ['p43', 'there in [two years];', 'P2Y', 'D', 'DURATION'],
  ['p43', 'two years ago', '2011', 'R'],

  // p44 (Mon 2013-11-18): schools
  ['p44', 'earlier this month', '2013-11', 'R'],
  ['p44', 'the end of the year', '2013', 'R', 'DATE', 'END'],
  ['p44', 'last spring', '2013-SP', 'R'], // in November, the spring just gone
  ['p44', 'this week', '2013-W47', 'R'],
  ['p44', 'Monday', '2013-11-18', 'R'],
  ['p44', '2000', '2000', 'A'],
  ['p44', 'January', '2014-01', 'R'], // "A final vote is expected in January"
  ['p44', 'the 1970s', '197', 'A'],

  // p45 (Wed 2016-11-09): election
  ['p45', 'Tuesday', '2016-11-08', 'R'],
  ['p45', 'Jan. 20', '2017-01-20', 'R'],
  ['p45', 'Inauguration Day', '2017-01-20', 'R'],
  ['p45', 'early Wednesday', '2016-11-09', 'R', 'DATE', 'START'],
  ['p45', '2015', '2015', 'A'],

  // p46 (Mon 2011-08-08): downgrade
  ['p46', 'Monday', '2011-08-08', 'R'],
  ['p46', 'late Friday', '2011-08-05', 'R'],
  ['p46', '1917', '1917', 'A'],
  ['p46', 'the next two years', 'P2Y', 'D', 'DURATION'],

  // p47 (Sun 2012-09-02): a storm; "on Sunday" in a Sunday story is today
  ['p47', 'Saturday', '2012-09-01', 'R'],
  ['p47', 'Tuesday night', '2012-08-28TNI', 'R'],
  ['p47', 'seven years', 'P7Y', 'D', 'DURATION'], // "seven years after Hurricane Katrina"
  ['p47', 'said on [Sunday]', '2012-09-02', 'R'],
  ['p47', 'Monday', '2012-09-03', 'R'],
  ['p47', 'Charlotte on [Tuesday]', '2012-09-04', 'R'],
  // p48 (Mon 2013-11-25): holidays
  ['p48', '[Thanksgiving] falls', '2013-11-28', 'R'],
  ['p48', 'Nov. 28 this year', '2013-11-28', 'R'], // "falls on Nov. 28 this year": the year phrase belongs to the date (one TIMEX3, as "Nov. 11 last year")
  ['p48', '26 days', 'P26D', 'D', 'DURATION'],
  ['p48', 'Christmas', '2013-12-25', 'R'],
  ['p48', 'Thanksgiving Day', '2013-11-28', 'R'],
  ['p48', 'hours', 'PTXH', 'D', 'DURATION'], // "hours before Black Friday"
  ['p48', 'Black Friday', '2013-11-29', 'R'],
  ['p48', 'October', '2013-10', 'R'],
  ['p48', 'last week', '2013-W47', 'R'],
  ['p48', 'Cyber Monday', '2013-12-02', 'R'],
  ['p48', '2012', '2012', 'A'],

  // p49 (Mon 2014-01-06): cold
  ['p49', 'early Monday', '2014-01-06', 'R', 'DATE', 'START'],
  ['p49', 'almost 20 years', 'P20Y', 'D', 'DURATION'],
  ['p49', 'closed on [Monday]', '2014-01-06', 'R'],
  ['p49', 'Tuesday', '2014-01-07', 'R'],
  ['p49', 'Wednesday afternoon', '2014-01-08TAF', 'R'],
  ['p49', 'the weekend', '2014-W02-WE', 'R'],
  ['p49', 'Sunday', '2014-01-05', 'R'],
  ['p49', 'January 1994', '1994-01', 'A'],

  // p50 (Mon 2012-08-13): Olympics (BBC)
  ['p50', 'Sunday night', '2012-08-12TNI', 'R'],
  ['p50', '1908', '1908', 'A'],
  ['p50', '29 August', '2012-08-29', 'R'],
  ['p50', '2016', '2016', 'A'],
  ['p50', 'the past fortnight', 'P2W', 'D', 'DURATION'],
  ['p50', 'later this year', '2012', 'R'],

  // p51 (Mon 2013-03-04): protests
  ['p51', 'on [Saturday] to protest', '2013-03-02', 'R'],
  ['p51', 'two weeks', 'P2W', 'D', 'DURATION'], // "two weeks after a ... strike"
  ['p51', '24-hour', 'PT24H', 'D', 'DURATION'],
  ['p51', 'the fourth quarter', '2012-Q4', 'R'],
  ['p51', 'a year earlier', '2011-Q4', 'R'],
  ['p51', 'Lisbon on [Monday]', '2013-03-04', 'R'], // "return to Lisbon on Monday" in a Monday story: today
  ['p51', '2011', '2011', 'A'],
  ['p51', 'noon Thursday', '2013-03-07T12:00', 'R', 'TIME'],
  ['p51', "[Saturday]'s protest", '2013-03-02', 'R'],
  ['p51', '1974', '1974', 'A'],

  // p52 (Mon 2014-06-30): half-year markets
  ['p52', 'the first half', '2014-H1', 'R'],
  ['p52', 'the past 12 months', 'P12M', 'D', 'DURATION'],
  ['p52', 'the second half', '2014-H2', 'R'],
  ['p52', 'the year', '2014', 'R'], // "ending the year near 2000"
  ['p52', 'this year', '2014', 'R'],
  ['p52', '2007', '2007', 'A'],
  ['p52', 'Thursday', '2014-07-03', 'R'],
  ['p52', 'Friday', '2014-07-04', 'R'],
  ['p52', 'the Fourth of July', '2014-07-04', 'R'],

  // p53 (Tue 2013-09-17): software (BBC)
  ['p53', 'October next year', '2014-10', 'R'],
  ['p53', 'Monday', '2013-09-16', 'R'],
  ['p53', '2009', '2009', 'A'],
  ['p53', '2001', '2001', 'A'],
  ['p53', '8 April 2014', '2014-04-08', 'A'],
  ['p53', '18 October', '2013-10-18', 'R'],
  ['p53', 'year in [2014].', '2014', 'A'],

  // p54 (Mon 2012-02-13): a death and a funeral
  ['p54', 'Saturday afternoon', '2012-02-11TAF', 'R'],
  ['p54', 'hours', 'PTXH', 'D', 'DURATION'], // "hours before a pre-Grammy party"
  ['p54', 'the 1980s', '198', 'A'],
  ['p54', 'three decades', 'P30Y', 'D', 'DURATION'],
  ['p54', 'Sunday night', '2012-02-12TNI', 'R'],
  ['p54', 'New Jersey, on [Saturday].', '2012-02-18', 'R'],
];

// ---------------------------------------------------------------------------------------
// Look-alikes no date may overlap.

// prettier-ignore
const NEGATIVES: readonly Negative[] = [
  ['p01', 'added 155,000 jobs', '155,000'],
  ['p01', 'at 7.8 percent', '7.8'],
  ['p02', '131 million Americans', '131'],
  ['p03', 'into the 50s by', 'the 50s'], // temperatures, not the 1950s
  ['p04', 'Denver 38-35 in', '38-35'],
  ['p04', 'Houston 41-28 a day', '41-28'],
  ['p05', 'The trader, 38,', '38'], // an age
  ['p06', 'the season may already', 'may'], // the verb
  ['p06', 'estimated 12,000 Americans', '12,000'],
  ['p07', 'its iOS 7 software', '7'],
  ['p07', 'in after-hours trading', 'after-hours'],
  ['p08', 'at the age of 87', '87'],
  ['p09', '$8.75 a share', 'a share'],
  ['p09', '$6.53 a share', 'a share'],
  ['p10', 'About 800,000 federal', '800,000'],
  ['p11', 'St. Louis 6-1 for', '6-1'],
  ['p13', 'up to 11 feet', '11 feet'],
  ['p14', 'first quarterly results', 'quarterly'],
  ['p14', 'its 10th anniversary', '10th'],
  ['p15', 'There were 1,920 confirmed', '1,920'],
  ['p16', 'the S&P 500 up', '500'],
  ['p18', 'followed 12,000 adults', '12,000'],
  ['p19', 'debt may exceed', 'may'],
  ['p20', 'Chelsea won 2-0 at', '2-0'],
  ['p21', 'of the 10 states', '10'],
  ['p24', 'a 19-year-old man', '19-year-old'], // ages are not timexes in TimeBank
  ['p25', 'Like Sun Microsystems', 'Sun'],
  ['p28', 'a Section 1983 civil-rights claim', '1983'],
  ['p29', 'largest quarterly loss', 'quarterly'],
  ['p29', 'percent to 6,763, its', '6,763'],
  ['p32', 'Spurs 95-88 in Game 7', '95-88'],
  ['p32', 'in Game 7.', '7'],
  ['p36', 'for the first time since', 'the first time'],
  ['p37', 'slowed to 7.8 percent', '7.8'],
  ['p38', 'its 787 Dreamliner', '787'],
  ['p38', 'The 787 fleet', '787'],
  ['p38', 'booked 1,203 orders', '1,203'],
  ['p39', 'for $42,000', '$42,000'],
  ['p40', 'fell 504 points', '504'],
  ['p41', '"Freaky Friday,"', 'Friday'],
  ['p41', 'band Fall Out Boy', 'Fall'],
  ['p41', 'for the March of Dimes', 'March'],
  ['p41', 'said May Thompson', 'May'],
  // judgement: a model year is part of a product name (TimeML leaves names unannotated)
  ['p42', 'the redesigned 2013 Chevrolet Malibu', '2013'],
  ['p42', 'about 3/4 of its output', '3/4'],
  ['p43', 'The suspect, 24,', '24'],
  ['p44', 'by a third since', 'a third'],
  ['p45', 'will be 70 years old', '70 years old'], // an age
  ['p46', 'fell 634 points', '634'],
  ['p46', 'above $1,700 an ounce', '1,700'],
  ['p47', 'half of the 900,000 customers', '900,000'],
  ['p48', 'an average of $423', '$423'],
  ['p49', 'minus 16 degrees', '16'],
  ['p49', 'reach the 40s by', 'the 40s'],
  ['p49', 'More than 3,700 flights', '3,700'],
  ['p50', '26 million people', '26'],
  ['p50', 'won 29 gold medals', '29'],
  ['p50', 'the next Summer Games', 'Summer'], // the name of the Olympics, not a season
  ['p51', 'a record 17.6 percent', '17.6'],
  ['p51', 'their seventh review', 'seventh'],
  ['p52', 'the index ending the year near 2000', '2000'], // an index level
  ['p52', 'straight quarterly gain', 'quarterly'],
  ['p53', 'selling Windows 7 to', '7'],
  ['p53', 'Windows 8.1 goes', '8.1'],
  ['p54', 'She was 48.', '48'],
  ['p54', 'more than 170 million records', '170'],
];

// ---------------------------------------------------------------------------------------
// Spans an annotator might or might not mark: neither required nor counted as extra.

// prettier-ignore
const NEUTRAL: readonly Neutral[] = [
  ['p03', 'powerful [winter] storm', 'a kind of storm, not a time; tagging it 2013-WI is defensible'],
  ['p04', 'after [the season]', 'a sports season has no TIMEX3 value; TimeBank leaves "the season" out'],
  ['p06', '[the season] may', 'the flu season'],
  ['p09', 'its [annual] shareholder', 'sometimes a SET P1Y in TimeBank, sometimes unmarked'],
  ['p09', '[the quarter] ended', '"the quarter ended Sept. 30" may be one span or two'],
  ['p19', 'long-[term] debt', 'not a time, but harmless'],
  ['p20', 'The Premier League [season]', 'a sports season'],
  ['p23', '[independence day]', 'a day named by an event whose date is given next'],
  ['p25', '[the quarter] that ended', 'the quarter ending Aug. 31'],
  ['p26', 'covers [the period] to 2020', 'a period up to 2020'],
  ['p27', 'by [midweek]', '2012-W25 mid-week: value conventions differ'],
  ['p28', 'The court\'s [current] term', 'PRESENT_REF or unmarked'],
  ['p32', 'most [recently] in 2007', 'PAST_REF is defensible; here it only qualifies "in 2007"'],
  ['p40', 'its worst [day]', 'a comparison, not a date'],
  ['p48', 'a shorter [holiday shopping season]', 'this season starts in November, unlike p16\'s December one'],
  ['p48', 'over [the holiday weekend] in 2012', 'Thanksgiving weekend 2012'],
  ['p53', 'a third consecutive [year]', 'a count of years, not a date'],
];

// ---------------------------------------------------------------------------------------
// Known gaps: rows the current code gets wrong, with what it returns and why that is wrong.

const KNOWN_GAPS: Readonly<Record<string, string>> = {
  // Weekdays, months and seasons in future or scheduled clauses resolved to the past one
  'p03 › "Tuesday morning" → 2013-02-26TMO':
    'got 2013-02-19TMO: "was expected to reach Chicago by Tuesday morning" is future-in-the-past from a Monday story (the storm hit Sunday), the coming Tuesday',
  // Not found at all
  'p11 › "next season" → 2014': 'not found: after the 2013 World Series, "next season" is the 2014 season',
  'p16 › "the holiday season" → 2013-12':
    'not found: "Trading has been thin during the holiday season" in a Dec. 30 story (judgement: this December)',
  'p18 › "add [years] to" → PXY':
    'not found: "can add years to a person\'s life", a bare plural unit is a vague DURATION',
  // More of the same kinds, in p48–p54
  'p54 › "three decades" → P30Y':
    'got "over three decades" DURATION P30Y MORE_THAN: in "sold ... over three decades" "over" is the preposition "during", not "more than"',
};

// ---------------------------------------------------------------------------------------

definePassageSuite({
  name: 'wire-style dates',
  passages: PASSAGES,
  rows: ROWS,
  negatives: NEGATIVES,
  neutral: NEUTRAL,
  gaps: KNOWN_GAPS,
  minRows: 200,
  minNegatives: 30,
});
