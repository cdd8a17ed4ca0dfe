/**
 * Products news names, one row per maker: [maker, names written alone, names written after the
 * maker] (names separated by "|"; read by products.ts; the maker is empty for a standard or a work of
 * several owners). Products are never one of our entity types
 * (`none`, as CoNLL-2003 marks them MISC), yet a tagger reads a capitalized brand word as a body
 * ("the new iPhone", "AirPods sales") and a maker before its product's name as one body with it
 * ("Motorola Razr", "Nintendo Switch Lite").
 *
 * Chosen from general knowledge, never from evaluation data: the best-known lines of devices
 * (phones, computers, consoles, wearables), operating systems and software, chips, cars, aircraft
 * and spacecraft, connection standards and media formats, and the best-selling video game and film
 * franchises. The maker is the company's name as news writes it before the product ("Apple",
 * "Nintendo"; any form of the company table works too: "VW Golf").
 *
 * The second field holds names that mean the product wherever they stand ("iPhone", "PlayStation",
 * "Dreamliner", "Bluetooth"). The third holds names that are also ordinary words, other names or
 * other things' names ("Switch", "Galaxy", "Windows", "Golf", "Civic", "Pixel", "Echo", "Model
 * 3"): they are read as the product only right after the maker ("Nintendo Switch", "Honda Civic").
 * Left out: a name that is also a company, a team, a person or a place in news ("BlackBerry",
 * "Jeep", "Range Rover", "Mustang", "Harry Potter", "Orion", "Apollo", "Artemis"), and names in
 * lower case ("iPhone" is matched from any letter: forms are compared in lower case, but a word
 * written all in lower case is never a name to the tagger).
 */
// prettier-ignore
export const PRODUCT_ROWS: ReadonlyArray<readonly [string, string, string]> = [
  // devices, operating systems and software
  ['Apple', 'iPhone|iPhone Pro|iPhone Pro Max|iPad|iPad Pro|iPad Air|iPad mini|iMac|MacBook|MacBook Air|MacBook Pro|Mac Pro|Mac mini|iPod|iPod Touch|AirPods|AirPods Pro|AirPods Max|AirTag|HomePod|Apple Watch|Apple TV|Apple Pay|Apple Music|Apple Pencil|Vision Pro|iOS|iPadOS|macOS|watchOS|tvOS|iCloud|iTunes|FaceTime|AirPlay|AirDrop', 'Watch|TV|Pay|Music|Pencil|Maps|Arcade|Mac|Vision|Siri'],
  ['Samsung', 'Galaxy Note|Galaxy Tab|Galaxy Buds|Galaxy Watch|Galaxy Fold|Galaxy Z Fold|Galaxy Z Flip', 'Galaxy|Pay'],
  ['Google', 'Android|Chromebook|Chromecast|Google Chrome|Chrome OS|ChromeOS|Google Maps|Google Assistant|Google Home|Google Pixel|Pixel Buds|Google Play|Google Docs|Google Drive|Google Earth|Google Translate|Google Glass|Gmail', 'Pixel|Nest|Home|Chrome|Maps|Assistant|Play|Docs|Drive|Earth|Translate|Glass|Search'],
  ['Microsoft', 'Xbox|Xbox One|Xbox Series X|Xbox Series S|Xbox Live|Xbox Game Pass|Game Pass|HoloLens|Kinect|PowerPoint|Microsoft Office|Microsoft Teams|Microsoft Windows|Microsoft Edge|Microsoft Word|Microsoft Excel|Cortana|Azure|Windows XP|Windows Vista', 'Windows|Office|Teams|Surface|Edge|Word|Excel|Outlook|Bing'],
  ['Sony', 'PlayStation|PlayStation Portable|PlayStation Vita|PlayStation VR|PlayStation Network|PlayStation Plus|PS Vita|Walkman|DualShock|DualSense|Xperia|Bravia', 'Alpha'],
  ['Nintendo', 'Wii|Wii U|GameCube|Game Boy|Game Boy Advance|Nintendo DS|Nintendo 3DS|Nintendo 64|Nintendo Switch|Nintendo Switch Lite|Nintendo Switch Online|Joy-Con|Super Nintendo|Super NES|SNES', 'Switch|DS|3DS'],
  ['Amazon', 'Kindle|Kindle Fire|Fire TV|Fire Stick|Echo Dot|Amazon Echo|Amazon Alexa|Prime Video', 'Echo|Alexa|Fire|Prime|Music'],
  ['Meta', 'Oculus Rift|Oculus Quest|Meta Quest', 'Quest'],
  ['Motorola', 'Razr|Moto G', 'Moto'],
  ['Lenovo', 'ThinkPad|IdeaPad', 'Yoga'],
  ['Dell', 'Alienware', 'XPS|Inspiron|Latitude'],
  ['HP', 'EliteBook', 'Spectre|Envy|Pavilion'],
  ['Nokia', 'Lumia', ''],
  ['Huawei', 'HarmonyOS', 'Mate|Nova'],
  ['OpenAI', 'ChatGPT|GPT-4|DALL-E', ''],
  ['Adobe', 'Photoshop|Adobe Acrobat|Acrobat Reader|Adobe Reader|Adobe Flash|Lightroom', 'Acrobat|Flash|Premiere|Illustrator'],
  ['Mozilla', 'Firefox', ''],
  ['Canonical', 'Ubuntu', ''],
  ['Garmin', '', 'Forerunner|Fenix'],
  ['Fitbit', '', 'Versa|Charge|Sense'],
  ['Beats', 'Powerbeats', 'Studio|Solo'],
  ['Bose', 'QuietComfort', ''],
  ['GoPro', '', 'Hero|Max'],
  ['DJI', '', 'Mavic|Phantom|Osmo'],
  // chips and graphics
  ['Intel', 'Pentium|Celeron|Xeon|Intel Core|Core i3|Core i5|Core i7|Core i9', 'Core|Atom|Arc'],
  ['AMD', 'Ryzen|Radeon|Threadripper|Epyc', ''],
  ['Nvidia', 'GeForce|G-Sync', 'Shield|Titan'],
  ['Qualcomm', 'Snapdragon', ''],
  // cars
  ['Toyota', 'Prius|Corolla|Camry|Land Cruiser|Hilux|Yaris', 'RAV4|Supra|Tacoma|Tundra|Highlander|Sienna|Avalon'],
  ['Honda', '', 'Civic|Accord|Fit|Jazz|Pilot|Odyssey|Insight'],
  ['Nissan', 'Sentra|Altima', 'Leaf|Rogue|Micra|Qashqai|Pathfinder|Frontier|Titan'],
  ['Volkswagen', 'Passat|Jetta|Tiguan', 'Golf|Polo|Beetle|Atlas|Touareg'],
  ['Audi', '', 'Quattro'],
  ['Chevrolet', 'Corvette|Camaro|Silverado', 'Bolt|Volt|Malibu|Impala|Tahoe|Suburban|Equinox'],
  ['Ford', 'Ford Mustang|Ford Focus|Ford Fiesta|Model T', 'Mustang|Focus|Fiesta|Explorer|Escape|Bronco|Ranger|Transit|Fusion'],
  ['Tesla', 'Cybertruck|Powerwall|Autopilot', 'Model S|Model 3|Model X|Model Y|Semi|Roadster'],
  ['Hyundai', '', 'Sonata|Elantra|Tucson|Kona|Ioniq'],
  ['Kia', '', 'Soul|Sportage|Sorento|Niro'],
  ['Subaru', '', 'Outback|Forester|Impreza'],
  ['Mazda', '', 'Miata'],
  ['Porsche', '', 'Cayenne|Macan|Panamera|Taycan|Boxster'],
  // aircraft and spacecraft
  ['Boeing', 'Dreamliner|Super Hornet|Starliner', 'Apache|Chinook'],
  ['Airbus', '', 'Beluga'],
  ['Sikorsky', '', 'Black Hawk'],
  ['Lockheed Martin', '', 'Hercules'],
  ['SpaceX', 'Falcon Heavy|Crew Dragon', 'Falcon|Dragon|Starship'],
  ['NASA', 'Hubble Space Telescope|James Webb Space Telescope|Webb Telescope|Space Launch System', 'Hubble'],
  ['', 'Concorde', ''],
  // connection standards and media formats (the common-noun acronyms are lexicon/common-acronyms.ts)
  ['', 'Bluetooth|Ethernet|DVD|Blu-ray|Blu-Ray|CD-ROM|MP3|JPEG|Dolby Atmos|Dolby Vision', ''],
  // video games and film franchises
  ['Nintendo', 'Super Mario|Mario Kart|Super Smash Bros|Donkey Kong|Pokémon|Pokemon|Legend of Zelda|Animal Crossing|Metroid', ''],
  ['Bandai Namco', 'Pac-Man|Tekken', ''],
  ['FromSoftware', 'Elden Ring|Dark Souls', ''],
  ['Electronic Arts', 'SimCity|Need for Speed|Apex Legends|Titanfall', ''],
  ['Activision', 'Call of Duty', ''],
  ['Blizzard', 'World of Warcraft|StarCraft|Overwatch', ''],
  ['Rockstar Games', 'Grand Theft Auto|Red Dead Redemption', ''],
  ['Valve', 'Half-Life|Counter-Strike|Dota', 'Steam|Index'],
  ['Capcom', 'Resident Evil|Street Fighter|Monster Hunter', ''],
  ['Epic Games', 'Fortnite|Unreal Engine', ''],
  ['Mojang', 'Minecraft', ''],
  ['Ubisoft', "Assassin's Creed|Far Cry", ''],
  ['Square Enix', 'Final Fantasy|Kingdom Hearts|Tomb Raider', ''],
  ['Sega', 'Sonic the Hedgehog', 'Sonic'],
  ['Bethesda', 'Skyrim|Elder Scrolls', ''],
  ['Rovio', 'Angry Birds', ''],
  ['Lucasfilm', 'Star Wars|Indiana Jones', ''],
  ['', 'Tetris|Mortal Kombat|God of War|Cyberpunk 2077|Candy Crush|League of Legends|Star Trek|Jurassic Park|Toy Story|Game of Thrones|Lord of the Rings|Stranger Things', ''],
];

/**
 * The words of a product's listed specification, which shops and reviews write in Title Case
 * ("Midnight Blue Leather Case", "QLED Smart TV", "(Refurbished)", "(Unlocked Model)"):
 * [colours and finishes, materials, technical features, the state of the item on sale, the device
 * or part the phrase ends with] (words separated by "|"; read by products.ts `isSpecPhrase`).
 * Chosen from general knowledge of product listings.
 */
// prettier-ignore
export const SPEC_WORDS = {
  colours: 'black|white|silver|gold|golden|gray|grey|red|blue|green|pink|purple|yellow|orange|graphite|bronze|navy|beige|charcoal|midnight|starlight|space|rose|matte|glossy',
  materials: 'aluminium|aluminum|steel|stainless|leather|titanium|ceramic|silicone|nylon|fabric|plastic|carbon',
  features: 'sport|smart|uhd|hd|fhd|qhd|4k|8k|oled|qled|led|lcd|hdr|wireless|cellular|gps|lte|5g|wi-fi|wifi',
  states: 'renewed|refurbished|unlocked|latest',
  parts: 'tv|hdtv|case|band|strap|loop|cover|sleeve|model',
} as const;
