import { installKeepPlace } from './keep-place.ts';

installKeepPlace(document);
