/* global window, document, location, EventSource, URLSearchParams */
// Storyline web app: a hash router over three views, and live updates from /events.
//   #/                       story list (search with ?q=)
//   #/story/<id>             the story's brief
//   #/article/<id>?cite=…    one article, the cited passage highlighted
import { el, mount } from './dom.js';
import { renderArticle } from './view-article.js';
import { renderList } from './view-list.js';
import { renderStory } from './view-story.js';

const main = document.getElementById('main');
const live = document.getElementById('live');
let current = { route: null, view: null };

function parseHash() {
  const hash = location.hash.replace(/^#/, '') || '/';
  const [path, query = ''] = hash.split('?');
  const params = new URLSearchParams(query);
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'story' && parts[1]) return { name: 'story', id: parts[1], params };
  if (parts[0] === 'article' && parts[1]) return { name: 'article', id: parts[1], params };
  return { name: 'list', params };
}

async function route() {
  const target = parseHash();
  main.setAttribute('aria-busy', 'true');
  try {
    let view;
    if (target.name === 'story') view = await renderStory(main, target.id);
    else if (target.name === 'article') view = await renderArticle(main, target.id, target.params);
    else view = await renderList(main, target.params);
    current = { route: target, view };
    if (target.name !== 'article') window.scrollTo(0, 0);
  } catch (error) {
    mount(
      main,
      el('h1', {}, error.status === 404 ? 'Not found' : 'Something went wrong'),
      el('p', { class: 'error' }, error.message),
      el('p', {}, el('a', { href: '#/' }, 'Back to the stories')),
    );
    current = { route: target, view: null };
  } finally {
    main.removeAttribute('aria-busy');
  }
}

/** New articles arrived: refresh what is on screen when it is affected. */
async function onStoriesChanged(event) {
  let data;
  try {
    data = JSON.parse(event.data);
  } catch {
    return;
  }
  const time = new Date().toLocaleTimeString();
  mount(live, `${data.inserted} new article${data.inserted === 1 ? '' : 's'} · ${time}`);
  const { route: shown, view } = current;
  if (!shown) return;
  if (shown.name === 'list' && view) await view.refresh();
  if (shown.name === 'story' && data.stories.includes(shown.id)) {
    const y = window.scrollY;
    await renderStory(main, shown.id);
    window.scrollTo(0, y);
  }
}

function listen() {
  if (typeof EventSource === 'undefined') return;
  const source = new EventSource('/events');
  source.addEventListener('stories', (event) => void onStoriesChanged(event));
  source.addEventListener('open', () => live.classList.add('connected'));
  source.addEventListener('error', () => live.classList.remove('connected'));
}

window.addEventListener('hashchange', () => void route());
listen();
void route();
