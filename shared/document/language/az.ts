import type { DocumentStrings } from './document-strings';

/** Azerbaijani (Latin script), in the register of a ministry's press service. */
export const az: DocumentStrings = {
  languageName: 'Azərbaycanca',
  templates: {
    'meeting-readout': {
      lede: { heading: 'Giriş', guidance: 'Bir cümlə: görüşün tarixi, qəbul edən tərəf (vəzifəsi, ölkəsi, adı) və qonaq (vəzifəsi, təşkilatı, adı).' },
      occasion: { heading: 'Görüşün səbəbi', guidance: 'Görüşün nə münasibətlə keçirildiyi və əhəmiyyəti.' },
      'topics-discussed': { heading: 'Müzakirə olunan məsələlər', guidance: 'Tərəflərin müzakirə etdiyi məsələlər.' },
      'key-messages': { heading: 'Əsas mesajlar', guidance: 'Qəbul edən tərəfin vurğuladığı fikirlər.' },
      'agreed-points': { heading: 'Əldə olunan razılaşmalar', guidance: 'Tərəflərin razılığa gəldiyi məsələlər, hər sətirdə biri.' },
      'follow-up': { heading: 'Növbəti addımlar', guidance: 'Növbəti addımlar və gündəlikdəki digər məsələlər.' },
    },
    'press-release': {
      body: { heading: 'Mətn', guidance: 'Xəbər ilk abzasda: kim, nə, nə vaxt, harada, niyə. Təfərrüatlar əhəmiyyət sırası ilə ardınca gəlir.' },
      quotes: { heading: 'Sitatlar', guidance: 'Hər sitat ayrıca abzasda: dırnaq içində sözlər, sonra kimin dediyi və vəzifəsi.' },
      about: { heading: 'Təşkilat haqqında', guidance: 'Təşkilat haqqında daimi abzas.' },
      'end-mark': { heading: 'Son', guidance: '###' },
    },
    'talking-points': {
      'key-messages': { heading: 'Əsas mesajlar', guidance: 'Çatdırılmalı olan üç-dörd fikir, hər sətirdə biri.' },
      'questions-and-answers': { heading: 'Gözlənilən suallar', guidance: 'Hər sual ayrıca başlıq kimi, cavabı altında.' },
      'do-not-say': { heading: 'İşlədilməməli ifadələr', guidance: 'Qaçınılmalı ifadələr, hər sətirdə biri.' },
    },
    'press-conference-note': {
      'opening-statement': { heading: 'Açılış nitqi', guidance: 'Əsas natiqin əvvəldə dedikləri.' },
      'key-announcements': { heading: 'Əsas açıqlamalar', guidance: 'Verilən xəbərlər, hər sətirdə biri.' },
      'questions-and-answers': { heading: 'Suallar və cavablar', guidance: 'Hər sual (soruşan KİV-in adı ilə) ayrıca başlıq kimi, cavabı altında.' },
    },
    blank: { body: { heading: '', guidance: 'Yazmağa başlayın…' } },
  },
  participants: {
    heading: 'İştirakçılar',
    columns: { name: 'Adı, soyadı', title: 'Vəzifəsi', organisation: 'Təşkilat', side: 'Tərəf', role: 'Rolu' },
    sides: { host: 'Qəbul edən tərəf', guest: 'Qonaq tərəf', other: 'Digər' },
  },
  release: { immediate: 'DƏRHAL YAYIMLANMAQ ÜÇÜN', embargoed: 'EMBARQO', embargoedUntil: 'EMBARQO: {until}' },
  options: {
    releaseLine: { immediate: 'Dərhal yayımlanmaq üçün', embargoed: 'Embarqo ilə' },
    classification: { public: 'Açıq', official: 'Xidməti istifadə üçün', restricted: 'Məhdud istifadə üçün', confidential: 'Məxfi' },
  },
  classification: { official: 'XİDMƏTİ İSTİFADƏ ÜÇÜN', restricted: 'MƏHDUD İSTİFADƏ ÜÇÜN', confidential: 'MƏXFİ' },
  draftMark: 'LAYİHƏ',
  pageOf: 'Səhifə {page} / {pages}',
  contact: { contactName: 'Media ilə əlaqə', contactPhone: 'Telefon', contactEmail: 'E-poçt' },
  plainText: { listSeparator: ', ', bullet: '-', photo: 'Foto' },
};
