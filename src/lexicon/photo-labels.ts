/**
 * The words of picture credits and captions in the languages of the news we see: the label a
 * site prints before a picture's credit or caption ("Photo: …", "Foto: …", "Kuva: …", "Фото:
 * …", "사진=…"), the note that marks a picture as an archive or stock one ("File photo",
 * "Symbolbild", "Ảnh minh họa"), and the lower-case words a credit may be made of ("Foto:
 * privat", "Kuva: arkisto"). Declared by language (ISO 639-1) so a reader can see which forms
 * are known; plain phrases in lower case (an apostrophe matches ' and ’), no regex syntax. A
 * language whose usual wording we are not sure of is left out.
 */

/**
 * Labels printed before a picture's credit or under which its caption stands: the nouns for a
 * photo, picture, image, video or illustration, by ISO 639-1 code (Serbian in both scripts).
 *
 * @example
 * PHOTO_LABELS.fi; // ['kuva', 'kuvat', 'kuvitus', 'video', 'grafiikka']
 */
// prettier-ignore
export const PHOTO_LABELS: Readonly<Record<string, readonly string[]>> = {
  en: ['photo', 'photos', 'photograph', 'image', 'images', 'picture', 'pic', 'illustration', 'video', 'graphic'],
  de: ['foto', 'fotos', 'bild', 'bilder', 'bildquelle', 'grafik', 'illustration', 'video'],
  fr: ['photo', 'photos', 'image', 'illustration', 'vidéo', 'infographie'],
  es: ['foto', 'fotos', 'fotografía', 'imagen', 'imágenes', 'ilustración', 'vídeo', 'video', 'infografía'],
  pt: ['foto', 'fotos', 'fotografia', 'imagem', 'imagens', 'ilustração', 'vídeo', 'infografia'],
  it: ['foto', 'immagine', 'immagini', 'illustrazione', 'video'],
  nl: ['foto', 'beeld', 'afbeelding', 'illustratie', 'video'],
  sv: ['foto', 'bild', 'bilder', 'illustration', 'video', 'grafik'],
  no: ['foto', 'bilde', 'bilder', 'illustrasjon', 'video', 'grafikk'],
  da: ['foto', 'billede', 'billeder', 'illustration', 'video', 'grafik'],
  fi: ['kuva', 'kuvat', 'kuvitus', 'video', 'grafiikka'],
  is: ['mynd', 'myndir', 'ljósmynd'],
  pl: ['zdjęcie', 'zdjęcia', 'foto', 'ilustracja', 'wideo', 'grafika'],
  cs: ['foto', 'snímek', 'ilustrace', 'video', 'grafika'],
  sk: ['foto', 'snímka', 'ilustrácia', 'video', 'grafika'],
  sl: ['foto', 'fotografija', 'slika', 'ilustracija', 'video'],
  hr: ['foto', 'fotografija', 'snimka', 'slika', 'ilustracija', 'video'],
  bs: ['foto', 'fotografija', 'slika', 'ilustracija', 'video'],
  sr: ['foto', 'fotografija', 'ilustracija', 'video', 'фото', 'фотографија', 'илустрација', 'видео'],
  hu: ['fotó', 'fotók', 'kép', 'képek', 'illusztráció', 'videó'],
  ro: ['foto', 'fotografie', 'imagine', 'ilustrație', 'video', 'sursa foto', 'sursă foto'],
  bg: ['снимка', 'снимки', 'фото', 'илюстрация', 'видео'],
  el: ['φωτογραφία', 'φωτογραφίες', 'εικόνα', 'βίντεο'],
  ru: ['фото', 'фотография', 'изображение', 'иллюстрация', 'видео', 'инфографика'],
  uk: ['фото', 'світлина', 'зображення', 'ілюстрація', 'відео', 'інфографіка'],
  lt: ['nuotrauka', 'nuotraukos', 'iliustracija', 'vaizdo įrašas'],
  lv: ['foto', 'attēls', 'ilustrācija', 'video'],
  et: ['foto', 'pilt', 'illustratsioon', 'video'],
  tr: ['fotoğraf', 'foto', 'görsel', 'resim', 'video', 'illüstrasyon'],
  ar: ['صورة', 'الصورة', 'صور', 'الصور', 'تصوير', 'فيديو'],
  fa: ['عکس', 'تصویر', 'عکاس', 'ویدئو', 'ویدیو'],
  he: ['צילום', 'תמונה', 'איור', 'וידאו'],
  hi: ['फोटो', 'फ़ोटो', 'तस्वीर', 'चित्र', 'छवि', 'वीडियो'],
  bn: ['ছবি', 'ভিডিও'],
  ur: ['تصویر', 'فوٹو', 'ویڈیو'],
  id: ['foto', 'gambar', 'ilustrasi', 'video', 'sumber foto'],
  ms: ['foto', 'gambar', 'ilustrasi', 'video'],
  tl: ['larawan', 'litrato', 'video'],
  vi: ['ảnh', 'hình', 'hình ảnh', 'video'],
  th: ['ภาพ', 'รูป', 'ภาพถ่าย', 'วิดีโอ'],
  zh: ['图', '圖', '图片', '圖片', '照片', '摄影', '攝影', '视频', '視頻'],
  ja: ['写真', '画像', '動画', '撮影'],
  ko: ['사진', '영상', '그래픽'],
  sw: ['picha', 'video'],
};

/**
 * The plural labels of PHOTO_LABELS: over a gallery's link ("Photos: Protesters march on the
 * capital") rather than one picture's caption.
 */
export const PLURAL_PHOTO_LABELS: ReadonlySet<string> = new Set(
  // prettier-ignore
  ['photos', 'images', 'fotos', 'bilder', 'imágenes', 'imagens', 'immagini', 'billeder', 'kuvat', 'myndir', 'zdjęcia', 'fotók', 'képek', 'снимки', 'φωτογραφίες', 'nuotraukos', 'صور', 'الصور'],
);

/**
 * Credit labels that name the credit itself rather than the picture ("Photo credit: …",
 * "Crédit photo : …"): before a credit, never over a caption.
 *
 * @example
 * CREDIT_LABELS.fr; // ['crédit photo', 'crédits photo', 'crédit', 'crédits']
 */
// prettier-ignore
export const CREDIT_LABELS: Readonly<Record<string, readonly string[]>> = {
  en: ['credit', 'credits', 'photo credit', 'image credit', 'photographer'],
  de: ['fotograf', 'fotografin'],
  fr: ['crédit photo', 'crédits photo', 'crédit', 'crédits', 'photographe'],
  es: ['fotógrafo', 'fotógrafa'],
  pt: ['crédito', 'créditos', 'fotógrafo', 'fotógrafa'],
  it: ['fotografo', 'fotografa'],
  nl: ['fotograaf'],
  sv: ['fotograf'],
  no: ['fotograf'],
  da: ['fotograf'],
  fi: ['kuvaaja'],
  pl: ['fotograf'],
  tr: ['fotoğrafçı'],
};

/**
 * Notes that mark a picture as an archive, stock or illustrative one, printed alone, in
 * parentheses or after a caption ("File photo", "(Archivbild)", "… – foto de archivo",
 * "Ảnh minh họa"), by ISO 639-1 code. The English ones are built from their two halves.
 *
 * @example
 * ARCHIVE_MARKS.fi; // ['arkistokuva', 'kuvituskuva']
 */
// prettier-ignore
export const ARCHIVE_MARKS: Readonly<Record<string, readonly string[]>> = {
  en: [
    'file', 'archive', 'archives',
    ...['file', 'archive', 'stock', 'representational', 'representative', 'illustrative', 'symbolic'].flatMap((kind) =>
      ['photo', 'image', 'picture', 'pic', 'footage'].map((noun) => `${kind} ${noun}`),
    ),
  ],
  de: ['archivbild', 'archivfoto', 'archivaufnahme', 'symbolbild', 'symbolfoto'],
  fr: ["photo d'archives", "photo d'archive", "image d'archives", "image d'archive", "photo d'illustration", "image d'illustration"],
  es: ['foto de archivo', 'imagen de archivo', 'foto ilustrativa', 'imagen ilustrativa', 'foto de referencia', 'imagen de referencia'],
  pt: ['foto de arquivo', 'imagem de arquivo', 'foto ilustrativa', 'imagem ilustrativa'],
  it: ["foto d'archivio", "immagine d'archivio", 'foto di repertorio', 'immagine di repertorio'],
  nl: ['archiefbeeld', 'archieffoto', 'foto ter illustratie', 'beeld ter illustratie'],
  sv: ['arkivbild', 'arkivfoto', 'genrebild'],
  no: ['arkivbilde', 'arkivfoto', 'illustrasjonsfoto', 'illustrasjonsbilde'],
  da: ['arkivfoto', 'arkivbillede', 'illustrationsfoto', 'genrefoto', 'genrebillede'],
  fi: ['arkistokuva', 'kuvituskuva'],
  pl: ['zdjęcie ilustracyjne', 'zdjęcie archiwalne'],
  cs: ['ilustrační foto', 'ilustrační snímek', 'ilustrační obrázek', 'archivní foto', 'archivní snímek'],
  sk: ['ilustračné foto', 'ilustračná snímka', 'archívne foto', 'archívna snímka'],
  sl: ['arhivska fotografija', 'simbolična fotografija'],
  hr: ['arhivska fotografija', 'ilustrativna fotografija'],
  bs: ['arhivska fotografija', 'ilustrativna fotografija'],
  sr: ['arhivska fotografija', 'ilustrativna fotografija', 'архивска фотографија', 'илустративна фотографија'],
  hu: ['illusztráció', 'archív fotó', 'archív kép'],
  ro: ['fotografie de arhivă', 'imagine de arhivă', 'foto arhivă', 'imagine ilustrativă', 'fotografie ilustrativă'],
  bg: ['архивна снимка', 'илюстративна снимка'],
  el: ['φωτογραφία αρχείου', 'αρχειακή φωτογραφία'],
  ru: ['архивное фото', 'фото из архива', 'иллюстративное фото', 'иллюстративное изображение'],
  uk: ['архівне фото', 'фото з архіву', 'ілюстративне фото', 'ілюстративне зображення'],
  lt: ['asociatyvi nuotrauka', 'archyvinė nuotrauka'],
  lv: ['ilustratīvs attēls', 'ilustratīvs foto', 'arhīva foto'],
  et: ['arhiivifoto', 'illustreeriv foto'],
  tr: ['arşiv fotoğrafı', 'temsili fotoğraf', 'temsili görsel', 'temsili resim'],
  ar: ['صورة أرشيفية', 'صورة تعبيرية', 'صورة من الأرشيف', 'صورة توضيحية'],
  fa: ['عکس آرشیوی', 'تصویر آرشیوی', 'عکس تزئینی', 'تصویر تزئینی'],
  he: ['צילום ארכיון', 'צילום אילוסטרציה', 'אילוסטרציה'],
  hi: ['फाइल फोटो', 'फ़ाइल फ़ोटो', 'प्रतीकात्मक तस्वीर', 'प्रतीकात्मक फोटो', 'सांकेतिक तस्वीर'],
  bn: ['ফাইল ছবি', 'প্রতীকী ছবি'],
  ur: ['فائل فوٹو', 'فائل تصویر'],
  id: ['foto ilustrasi', 'ilustrasi', 'foto arsip'],
  ms: ['gambar hiasan', 'foto fail', 'gambar fail'],
  vi: ['ảnh minh họa', 'ảnh minh hoạ', 'ảnh tư liệu', 'hình minh họa', 'hình minh hoạ'],
  th: ['ภาพประกอบ'],
  zh: ['资料图', '資料圖', '资料图片', '資料圖片', '示意图', '示意圖'],
  ja: ['資料写真', 'イメージ写真'],
  ko: ['자료사진', '자료 사진'],
};

/** The archive marks that say nothing alone outside parentheses (a menu's "Archive"). */
export const LONE_ARCHIVE_WORDS: ReadonlySet<string> = new Set(['file', 'archive', 'archives']);

/**
 * Lower-case words a picture credit may be made of after its label, by ISO 639-1 code: the
 * archive ("Kuva: arkisto", "Foto: archiv") and the stock words for a handout or a private
 * picture ("Foto: privat", "Foto: Divulgação").
 *
 * @example
 * CREDIT_STOCK_WORDS.de; // ['archiv', 'privat', 'zvg']
 */
// prettier-ignore
export const CREDIT_STOCK_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: ['supplied', 'handout', 'archive'],
  de: ['archiv', 'privat', 'zvg'],
  es: ['archivo'],
  pt: ['arquivo', 'divulgação', 'reprodução'],
  it: ['archivio'],
  nl: ['archief'],
  sv: ['arkiv', 'arkivet'],
  no: ['arkiv'],
  da: ['arkiv'],
  fi: ['arkisto'],
  pl: ['archiwum'],
  cs: ['archiv'],
  sk: ['archív'],
  sl: ['arhiv'],
  hr: ['arhiva'],
  ro: ['arhivă', 'arhiva'],
  ru: ['архив'],
  uk: ['архів'],
  bg: ['архив'],
  tr: ['arşiv'],
  id: ['arsip', 'dokumentasi'],
  ms: ['arkib'],
};
