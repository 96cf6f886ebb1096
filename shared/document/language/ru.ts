import type { DocumentStrings } from './document-strings';

/** Russian, in the register of a ministry's press service. */
export const ru: DocumentStrings = {
  languageName: 'Русский',
  templates: {
    'meeting-readout': {
      lede: { heading: 'Лид', guidance: 'Одно предложение: дата встречи, принимающая сторона (должность, страна, имя) и гость (должность, организация, имя).' },
      occasion: { heading: 'Повод встречи', guidance: 'Почему состоялась встреча и в чём её значение.' },
      'topics-discussed': { heading: 'Обсуждённые вопросы', guidance: 'Вопросы, которые обсудили стороны.' },
      'key-messages': { heading: 'Ключевые тезисы', guidance: 'Что подчеркнула принимающая сторона.' },
      'agreed-points': { heading: 'Достигнутые договорённости', guidance: 'О чём договорились стороны, по одному пункту в строке.' },
      'follow-up': { heading: 'Дальнейшие шаги', guidance: 'Следующие шаги и другие вопросы повестки.' },
    },
    'press-release': {
      body: { heading: 'Текст', guidance: 'Новость в первом абзаце: кто, что, когда, где, почему. Подробности — далее по степени важности.' },
      quotes: { heading: 'Цитаты', guidance: 'Каждая цитата отдельным абзацем: слова в кавычках, затем кто их сказал и его должность.' },
      about: { heading: 'Об организации', guidance: 'Постоянный абзац об организации.' },
      'end-mark': { heading: 'Конец', guidance: '###' },
    },
    'talking-points': {
      'key-messages': { heading: 'Ключевые тезисы', guidance: 'Три-четыре главных тезиса, по одному в строке.' },
      'questions-and-answers': { heading: 'Возможные вопросы', guidance: 'Каждый вопрос подзаголовком, ответ под ним.' },
      'do-not-say': { heading: 'Нежелательные формулировки', guidance: 'Формулировки, которых следует избегать, по одной в строке.' },
    },
    'press-conference-note': {
      'opening-statement': { heading: 'Вступительное слово', guidance: 'Что сказал основной выступающий в начале.' },
      'key-announcements': { heading: 'Основные заявления', guidance: 'Новости, по одной в строке.' },
      'questions-and-answers': { heading: 'Вопросы и ответы', guidance: 'Каждый вопрос (с названием издания) подзаголовком, ответ под ним.' },
    },
    blank: { body: { heading: '', guidance: 'Начните писать…' } },
  },
  participants: {
    heading: 'Участники',
    columns: { name: 'ФИО', title: 'Должность', organisation: 'Организация', side: 'Сторона', role: 'Роль' },
    sides: { host: 'Принимающая сторона', guest: 'Гости', other: 'Другие' },
  },
  release: { immediate: 'ДЛЯ НЕМЕДЛЕННОЙ ПУБЛИКАЦИИ', embargoed: 'ЭМБАРГО', embargoedUntil: 'ЭМБАРГО ДО {until}' },
  options: {
    releaseLine: { immediate: 'Для немедленной публикации', embargoed: 'Под эмбарго' },
    classification: { public: 'Открыто', official: 'Для служебного пользования', restricted: 'Ограниченного доступа', confidential: 'Конфиденциально' },
  },
  classification: { official: 'ДЛЯ СЛУЖЕБНОГО ПОЛЬЗОВАНИЯ', restricted: 'ОГРАНИЧЕННОГО ДОСТУПА', confidential: 'КОНФИДЕНЦИАЛЬНО' },
  draftMark: 'ПРОЕКТ',
  pageOf: 'Страница {page} из {pages}',
  contact: { contactName: 'Контакты для СМИ', contactPhone: 'Телефон', contactEmail: 'Эл. почта' },
  plainText: { listSeparator: ', ', bullet: '-', photo: 'Фото' },
};
