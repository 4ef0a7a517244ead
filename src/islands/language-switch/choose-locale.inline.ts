import { installKeepPlace } from './keep-place.ts';
import { redirectToPreferredLocale } from './choose-locale.ts';

installKeepPlace(document);
redirectToPreferredLocale(window);
