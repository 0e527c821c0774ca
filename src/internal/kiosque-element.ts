import { LitElement } from 'lit';
import { registerTranslation } from '../controllers/localize.js';
import en from '../translations/en.js';
import fr from '../translations/fr.js';
import { Kiosque } from './kiosque-mixin.js';

registerTranslation(en, fr);

/**
 * The base of kiosque's template-rendering elements: LitElement with what every kiosque element
 * shares (see `Kiosque`), and the French and English strings of all components.
 */
export class KqElement extends Kiosque(LitElement) {}
