import type { DocumentStrings } from './document-strings';

/** Turkish, in the register of a ministry's press office. */
export const tr: DocumentStrings = {
  languageName: 'Türkçe',
  templates: {
    'meeting-readout': {
      lede: { heading: 'Giriş', guidance: 'Tek cümle: görüşme tarihi, ev sahibi (unvanı, ülkesi, adı) ve konuk (unvanı, kurumu, adı).' },
      occasion: { heading: 'Görüşmenin vesilesi', guidance: 'Görüşmenin neden yapıldığı ve önemi.' },
      'topics-discussed': { heading: 'Ele alınan konular', guidance: 'Tarafların görüştüğü konular.' },
      'key-messages': { heading: 'Temel mesajlar', guidance: 'Ev sahibi tarafın vurguladıkları.' },
      'agreed-points': { heading: 'Varılan mutabakatlar', guidance: 'Tarafların mutabık kaldığı hususlar, her satırda bir tane.' },
      'follow-up': { heading: 'Sonraki adımlar', guidance: 'Sonraki adımlar ve gündemdeki diğer konular.' },
    },
    'press-release': {
      body: { heading: 'Metin', guidance: 'Haber ilk paragrafta: kim, ne, ne zaman, nerede, neden. Ayrıntılar önem sırasıyla ardından gelir.' },
      quotes: { heading: 'Alıntılar', guidance: 'Her alıntı ayrı paragrafta: tırnak içinde sözler, ardından söyleyen ve unvanı.' },
      about: { heading: 'Kurum hakkında', guidance: 'Kurum hakkındaki sabit paragraf.' },
      'end-mark': { heading: 'Son', guidance: '###' },
    },
    'talking-points': {
      'key-messages': { heading: 'Temel mesajlar', guidance: 'Verilecek üç dört mesaj, her satırda bir tane.' },
      'questions-and-answers': { heading: 'Olası sorular', guidance: 'Her soru bir alt başlık, cevabı altında.' },
      'do-not-say': { heading: 'Kullanılmaması gereken ifadeler', guidance: 'Kaçınılacak ifadeler, her satırda bir tane.' },
    },
    'press-conference-note': {
      'opening-statement': { heading: 'Açılış konuşması', guidance: 'Ana konuşmacının başta söyledikleri.' },
      'key-announcements': { heading: 'Öne çıkan açıklamalar', guidance: 'Verilen haberler, her satırda bir tane.' },
      'questions-and-answers': { heading: 'Soru-cevap', guidance: 'Her soru (soran yayın kuruluşuyla) bir alt başlık, cevabı altında.' },
    },
    blank: { body: { heading: '', guidance: 'Yazmaya başlayın…' } },
  },
  participants: {
    heading: 'Katılımcılar',
    columns: { name: 'Adı Soyadı', title: 'Unvanı', organisation: 'Kurumu', side: 'Taraf', role: 'Görevi' },
    sides: { host: 'Ev sahibi', guest: 'Konuk', other: 'Diğer' },
  },
  release: { immediate: 'DERHAL YAYIMLANMAK ÜZERE', embargoed: 'AMBARGOLU', embargoedUntil: 'AMBARGO: {until}' },
  options: {
    releaseLine: { immediate: 'Derhal yayımlanmak üzere', embargoed: 'Ambargolu' },
    classification: { public: 'Açık', official: 'Hizmete özel', restricted: 'Özel', confidential: 'Gizli' },
  },
  classification: { official: 'HİZMETE ÖZEL', restricted: 'ÖZEL', confidential: 'GİZLİ' },
  draftMark: 'TASLAK',
  pageOf: 'Sayfa {page} / {pages}',
  contact: { contactName: 'Basın iletişim', contactPhone: 'Telefon', contactEmail: 'E-posta' },
  plainText: { listSeparator: ', ', bullet: '-', photo: 'Fotoğraf' },
};
