import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import { registerTranslation } from '../src/controllers/localize.js';
import ar from '../src/translations/ar.js';
import '../src/all.js';

// Autodocs read the generated manifest: attributes, properties, events, slots, parts, tokens.
setCustomElementsManifest(manifest);
registerTranslation(ar);

const preview: Preview = {
  tags: ['autodocs'],
  globalTypes: {
    lang: {
      description: 'Language (and direction) of the page',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'fr', title: 'Français' },
          { value: 'en', title: 'English' },
          { value: 'ar', title: 'العربية (RTL)' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Colour scheme',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { lang: 'fr', theme: 'light' },
  decorators: [
    (story, context) => {
      const lang = (context.parameters.lang as string | undefined) ?? (context.globals.lang as string) ?? 'fr';
      const theme = (context.parameters.theme as string | undefined) ?? (context.globals.theme as string) ?? 'light';
      const root = document.documentElement;
      root.lang = lang;
      root.dir = lang === 'ar' ? 'rtl' : 'ltr';
      root.style.colorScheme = theme;
      document.body.style.background = theme === 'dark' ? '#121316' : '#ffffff';
      document.body.style.color = theme === 'dark' ? '#ececef' : '#1d1d1f';
      return story();
    },
  ],
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
  },
};
export default preview;
