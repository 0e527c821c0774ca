import type { Article } from '../../src/internal/article.js';

export const SEED: Array<[category: string, days: number, title: string, slug: string]>;
export const SEED_TEXT: Array<[category: string, time: string, title: string]>;
export const SEED_TEXT_EN: Array<[category: string, time: string, title: string]>;
export const CURRENT_URL: string;
export function seedArticles(now?: number, options?: { image?: string; label?: string }): Article[];
export function badArticles(now?: number): unknown[];
