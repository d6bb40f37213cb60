import { LOCALES, type Locale } from '@carnet/shared';
import i18n from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import fr from './fr.json';

export const LANGUAGE_STORAGE_KEY = 'carnet.language';

/** French for a French browser, English otherwise; the reader's choice, once made, is remembered. */
export function setUpI18n(initial?: Locale) {
  const instance = i18n.createInstance();
  void instance
    .use(LanguageDetector)
    .use(initReactI18next)
    .init({
      resources: { fr: { translation: fr }, en: { translation: en } },
      lng: initial,
      supportedLngs: [...LOCALES],
      nonExplicitSupportedLngs: true,
      load: 'languageOnly',
      fallbackLng: 'en',
      interpolation: { escapeValue: false },
      // Scope names such as read:profile are keys; no namespaces here.
      nsSeparator: false,
      detection: {
        order: ['localStorage', 'navigator'],
        lookupLocalStorage: LANGUAGE_STORAGE_KEY,
        caches: ['localStorage'],
      },
      initAsync: false,
    });
  const syncDocument = (language: string) => {
    document.documentElement.lang = language;
  };
  syncDocument(instance.resolvedLanguage ?? 'en');
  instance.on('languageChanged', syncDocument);
  return instance;
}

export function currentLocale(language: string | undefined): Locale {
  return language?.startsWith('fr') ? 'fr' : 'en';
}
