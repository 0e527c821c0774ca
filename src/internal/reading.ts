/** Average silent reading speed, in words per minute, used for "4 min de lecture". */
export const WORDS_PER_MINUTE = 230;

/**
 * The number of words of a text in a language, with `Intl.Segmenter` where the browser has it
 * (so that languages written without spaces count right), else by white space.
 */
export function countWords(text: string, locale: string): number {
  if (typeof Intl.Segmenter === 'function') {
    let count = 0;
    for (const segment of new Intl.Segmenter(locale, { granularity: 'word' }).segment(text))
      if (segment.isWordLike) count++;
    return count;
  }
  return text.split(/\s+/).filter(Boolean).length;
}

/** Minutes needed to read a number of words: at least 1 when there is any text, 0 when none. */
export const readingMinutes = (words: number): number =>
  words ? Math.max(1, Math.round(words / WORDS_PER_MINUTE)) : 0;
