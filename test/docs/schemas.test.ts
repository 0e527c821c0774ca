// The JSON Schemas of docs/schemas/ against the data the tests, the stories and the seed page use:
// the fixtures of test/server (as modules and as the real endpoints answer them) and the seed
// page's inline JSON. Each schema is also checked against the code it documents: what the schema
// accepts, normalizeArticle / normalizeComment keep whole; what it refuses, they drop or report.
import { Validator, type Schema } from '@cfworker/json-schema';
import { expect } from '@open-wc/testing';
import { normalizeArticle, type NormalizeProblem } from '../../src/internal/article.js';
import { normalizeComment } from '../../src/internal/comment.js';
import { seedComment, seedThread } from '../server/comments-seed.mjs';
import { badArticles, seedArticles } from '../server/related-seed.mjs';

const BASE = 'https://kiosque.example/schemas/';
const NAMES = ['article', 'comment', 'page'] as const;
type Target = 'article' | 'comment' | 'page' | 'articlePage' | 'commentPage';
const REFS: Record<Target, string> = {
  article: `${BASE}article.schema.json`,
  comment: `${BASE}comment.schema.json`,
  page: `${BASE}page.schema.json`,
  articlePage: `${BASE}page.schema.json#/$defs/articlePage`,
  commentPage: `${BASE}page.schema.json#/$defs/commentPage`,
};

const schemas = {} as Record<(typeof NAMES)[number], Schema>;

before(async () => {
  for (const name of NAMES) {
    const response = await fetch(`/docs/schemas/${name}.schema.json`);
    expect(response.ok, `docs/schemas/${name}.schema.json is served`).to.be.true;
    schemas[name] = await response.json();
    expect(schemas[name].$id).to.equal(REFS[name]);
  }
});

/** The validation errors of `data` against a schema (empty when valid), as readable lines. */
function errors(target: Target, data: unknown): string[] {
  const validator = new Validator({ $ref: REFS[target] }, '2020-12', false);
  for (const name of NAMES) validator.addSchema(schemas[name]);
  const result = validator.validate(data);
  return result.valid ? [] : result.errors.map((e) => `${e.instanceLocation} ${e.keyword}: ${e.error}`);
}

const json = async (url: string, init?: RequestInit) => {
  const response = await fetch(url, init);
  expect(response.ok, `${url} answers ${response.status}`).to.be.true;
  return response.json();
};

/** The inline JSON of an element of the seed page. */
async function seedPageJson(tag: string) {
  const page = new DOMParser().parseFromString(await (await fetch('/examples/seed/index.html')).text(), 'text/html');
  return JSON.parse(page.querySelector(`${tag} > script[type="application/json"]`)!.textContent!);
}

describe('docs/schemas', () => {
  describe('article.schema.json', () => {
    it('accepts the seed articles, with and without images, and normalizeArticle keeps them whole', () => {
      for (const article of [...seedArticles(), ...seedArticles(Date.now(), { image: '/api/related/thumb.svg' })]) {
        expect(errors('article', article), article.title).to.deep.equal([]);
        const problems: NormalizeProblem[] = [];
        expect(normalizeArticle(article, problems)).to.deep.equal(article);
        expect(problems).to.deep.equal([]);
      }
    });

    it('refuses the bad fixtures that the components skip or repair', () => {
      const [good, noTitle, noUrl, scriptUrl, unsafeImage] = badArticles();
      expect(errors('article', good)).to.deep.equal([]);
      expect(errors('article', noTitle).join()).to.include('title');
      expect(errors('article', noUrl).join()).to.include('url');
      expect(errors('article', scriptUrl).join()).to.include('/url');
      expect(errors('article', unsafeImage).join()).to.include('/image/src');
      // The code agrees: three skipped, the unsafe image dropped with a problem.
      for (const bad of [noTitle, noUrl, scriptUrl]) expect(normalizeArticle(bad)).to.equal(null);
      const problems: NormalizeProblem[] = [];
      expect(normalizeArticle(unsafeImage, problems)!.image).to.equal(undefined);
      expect(problems.map((p) => p.field)).to.deep.equal(['image.src']);
    });

    it('refuses a date that is not ISO 8601, as parseDate does', () => {
      const [article] = seedArticles();
      expect(errors('article', { ...article, published: '3 août 2021' }).join()).to.include('/published');
      expect(errors('article', { ...article, published: '2021-08-03 11:24:00Z' })).to.deep.equal([]);
    });
  });

  describe('comment.schema.json', () => {
    it('accepts the seed comment and conversation, and normalizeComment keeps them whole', () => {
      for (const comment of [seedComment, ...seedThread()]) {
        expect(errors('comment', comment), String(comment.id)).to.deep.equal([]);
        const problems: NormalizeProblem[] = [];
        expect(normalizeComment(comment, problems)).to.deep.equal(comment);
        expect(problems).to.deep.equal([]);
      }
    });

    it('refuses what the element drops: no id, an unknown status, a javascript: author link', () => {
      expect(errors('comment', { ...seedComment, id: '' }).join()).to.include('/id');
      expect(errors('comment', { ...seedComment, status: 'spam' }).join()).to.include('/status');
      expect(
        errors('comment', { ...seedComment, author: { name: 'x', url: 'javascript:alert(1)' } }).join(),
      ).to.include('/author/url');
      const problems: NormalizeProblem[] = [];
      normalizeComment({ ...seedComment, status: 'spam', author: { name: 'x', url: 'javascript:alert(1)' } }, problems);
      expect(problems.map((p) => p.field).sort()).to.deep.equal(['author.url', 'status']);
    });
  });

  describe('page.schema.json (the { items, next? } envelope)', () => {
    it('accepts what the test server’s article endpoint answers, and refuses an answer without items', async () => {
      expect(errors('articlePage', await json('/api/related'))).to.deep.equal([]);
      expect(errors('articlePage', await json('/api/related?images=1'))).to.deep.equal([]);
      expect(errors('articlePage', await json('/api/related?set=empty'))).to.deep.equal([]);
      expect(errors('page', await json('/api/related?set=shape')).join()).to.include('items');
      expect(errors('articlePage', await json('/api/related?set=bad'))).not.to.deep.equal([]);
    });

    it('accepts the test server’s comment pages, one after another, and its answer to a POST', async () => {
      const first = await json('/api/comments');
      expect(first.next, 'the first page links the next').to.be.a('string');
      expect(errors('commentPage', first)).to.deep.equal([]);
      expect(errors('commentPage', await json(first.next))).to.deep.equal([]);
      expect(errors('commentPage', await json('/api/comments?set=seed'))).to.deep.equal([]);
      const created = await json('/api/comments', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ name: 'Léa', body: 'Merci !' }),
      });
      expect(errors('comment', created)).to.deep.equal([]);
      expect(created.status).to.equal('pending');
      // The hostile fixture is refused by the schema for its javascript: author link.
      expect(errors('commentPage', await json('/api/comments?set=hostile')).join()).to.include('/items/0/author/url');
      expect(errors('page', await json('/api/comments?set=shape')).join()).to.include('items');
    });

    it('accepts the seed page’s inline JSON', async () => {
      expect(errors('articlePage', await seedPageJson('kq-related-articles'))).to.deep.equal([]);
      expect(errors('commentPage', await seedPageJson('kq-comment-thread'))).to.deep.equal([]);
    });
  });
});
