/** The library version, checked against package.json by the tests. */
export const VERSION = '0.1.0';
