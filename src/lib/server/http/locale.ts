export const LOCALE_COOKIE = 'transfo_lang';
