/**
 * Acronyms that are common nouns, not names: "the CEO said", "GDP grew", "an SUV", "the
 * ICU". Written in capitals they look like an organization's acronym to a tagger, and an
 * English reader never takes them for one. The entity stage reads this table so that they
 * are none of its types; a plural acronym ("ATMs", "NGOs", "MPs") is a common noun by its
 * shape alone (see isCommonNounAcronym).
 *
 * Only acronyms that name a kind of thing, a measure or a role belong here. Two-letter
 * forms that are also country or US state codes ("IT", "PR", "MD") are left out: they may
 * be places (CODE_ABBREVIATIONS: a few of them are the common noun before a noun).
 */
import { words } from './pattern.js';

/**
 * Common-noun acronyms, as written (capitals, digits and hyphens).
 *
 * @example
 * COMMON_NOUN_ACRONYMS.has('GDP'); // true
 * COMMON_NOUN_ACRONYMS.has('NATO'); // false (an organization)
 */
export const COMMON_NOUN_ACRONYMS: ReadonlySet<string> = new Set(
  words(`
    CEO CFO COO CTO CIO CMO MP MEP MPP MLA VIP MVP NGO PAC
    GDP GNP GNI CPI PPI PMI VAT IPO ETF ESG ROI KPI B2B B2C M&A P&L NAV YOY QOQ
    AI AGI VR XR TV HDTV UHD HDR PC CPU GPU RAM SSD HDD LED LCD OLED USB USB-C GPS NFC RFID
    WiFi Wi-Fi LTE 5G 4G 3G VPN NAS API SDK SaaS SMS MMS PIN ATM QR PDF URL FAQ CCTV UAV ICBM
    GSM CDMA UMTS SIM eSIM USB-A HDMI WLAN DSL ISP IoT ICT CRM ERP SEO CPC CPM CTR RTB
    IED RPG SUV EV AWD RWD FWD 4WD HVAC MPG MPH KPH RPM ABS
    DNA RNA MRI PCR ICU IVF PPE PTSD ADHD OCD BMI IQ ECG EKG CPR STD STI
    NFT LGBT LGBTQ LGBTQ+ DIY RSVP FYI ASAP PhD MBA CV
    MoU MOU
    LAN WAN RGB VOD PV
    TFL PBU INT YAC YPC QH
  `),
);

/**
 * Two-letter abbreviations of common nouns that are also a country's or a US state's code, so
 * they are not in COMMON_NOUN_ACRONYMS: public relations, private equity or physical education,
 * human resources, information technology, identification. Before a lower-case noun ("a PR
 * firm", "the HR chief", "an ID card") they are the common noun; after a town and a comma
 * ("Lenford, PR") the code.
 *
 * @example
 * CODE_ABBREVIATIONS.has('PR'); // true
 * CODE_ABBREVIATIONS.has('PA'); // false (a news agency's initials too)
 */
export const CODE_ABBREVIATIONS: ReadonlySet<string> = new Set(words('PR PE HR IT ID'));

/**
 * The ticker codes market data gives indexes and precious metals ("SPX" for the S&P 500,
 * "IXIC" for the Nasdaq Composite, "XAU" for gold): names of an index or a commodity, never
 * of a body (CoNLL annotates indexes MISC: "DAX", "Nikkei"). Codes that are also a company's
 * name are left out ("DJI", the drone maker; "S&P", the rating agency: CoNLL ORG).
 *
 * @example
 * MARKET_CODES.has('SPX'); // true ("the SPX closed higher")
 * MARKET_CODES.has('DJI'); // false (a drone maker too)
 */
export const MARKET_CODES: ReadonlySet<string> = new Set(words('SPX IXIC NDX RUT VIX XAU XAG XPT XPD'));

const PLURAL_ACRONYM = /^(?:\p{Lu}{2,}|\p{Lu}+\d+\p{Lu}*)s$/u;

/**
 * True for a common-noun acronym ("GDP", "SUVs") or any acronym in the plural ("NGOs", "ATMs").
 *
 * @example
 * isCommonNounAcronym('CEO');  // true
 * isCommonNounAcronym('NGOs'); // true (a plural names a kind, not one body)
 * isCommonNounAcronym('OSCE'); // false
 */
export function isCommonNounAcronym(word: string): boolean {
  return COMMON_NOUN_ACRONYMS.has(word) || PLURAL_ACRONYM.test(word);
}
