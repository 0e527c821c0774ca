export const SEED_BODY: string;
export const seedComment: {
  id: string;
  author: { name: string };
  published: string;
  body: string;
  status: 'published';
};
export function seedThread(): Array<Record<string, unknown>>;
