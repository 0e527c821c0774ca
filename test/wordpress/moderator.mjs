// A moderator at work on the WordPress of test/wordpress/server.mjs, between two reads of a page
// (scripts/wordpress/moderate.php, through WordPress's own functions). POST only:
//   /wordpress-moderator/thread?dates=ISO,ISO…  a new post with one approved comment per UTC date
//                                               (oldest first; equal dates: the same second)
//                                               → { post, comments: [ids] }
//   /wordpress-moderator/trash?comment=ID       moves the comment to the trash → { comment, status }
//   /wordpress-moderator/approve?comment=ID     approves it (a held comment published)
import { runWordPressScript } from '../../scripts/wordpress.mjs';

const DATE = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/;

/** Serves the moderator's actions on `site` (server.mjs's running site, undefined when none runs). */
export async function wordpressModerator(ctx, site) {
  const action = ctx.path.slice('/wordpress-moderator/'.length);
  const { dates = '', comment = '' } = ctx.query;
  const answer = (status, body) => {
    ctx.set('Cache-Control', 'no-store');
    ctx.type = 'application/json';
    ctx.status = status;
    ctx.body = JSON.stringify(body);
  };
  if (!site) return answer(503, { error: 'no WordPress is running' });
  if (ctx.method !== 'POST') return answer(405, { error: 'POST only' });
  let env;
  if (
    action === 'thread' &&
    String(dates)
      .split(',')
      .every((date) => !date || DATE.test(date))
  )
    env = { KQ_ACTION: action, KQ_DATES: String(dates) };
  else if ((action === 'trash' || action === 'approve') && /^\d+$/.test(comment))
    env = { KQ_ACTION: action, KQ_COMMENT: comment };
  else return answer(400, { error: 'thread?dates=ISO,… or trash|approve?comment=ID' });
  try {
    answer(200, await runWordPressScript(site, 'moderate.php', env));
  } catch (error) {
    answer(500, { error: error.message });
  }
}
