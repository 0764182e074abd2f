/* global document, history, setTimeout, clearTimeout */
// The story list: search by title, page with "More", newest counts first (server order).
import { api } from './api.js';
import { el, links, mount } from './dom.js';

const SEARCH_DELAY_MS = 200;

export async function renderList(main, params) {
  const query = params.get('q') || '';
  const list = el('ol', { class: 'stories', id: 'stories' });
  const more = el('button', { type: 'button', class: 'more', hidden: true }, 'More stories');
  const status = el('p', { class: 'muted', role: 'status' });
  let timer = 0;
  let offset = 0;
  let generation = 0;

  const load = async (reset) => {
    const mine = ++generation;
    if (reset) offset = 0;
    const search = input.value.trim();
    let page;
    try {
      page = await api.stories({ search, offset });
    } catch (error) {
      mount(status, `Could not load stories: ${error.message}`);
      return;
    }
    if (mine !== generation) return; // a newer search answered first
    if (reset) list.replaceChildren();
    for (const story of page.stories) list.appendChild(storyItem(story));
    offset = page.next ?? offset + page.stories.length;
    more.hidden = page.next === null;
    mount(
      status,
      list.children.length === 0
        ? search
          ? `No story title contains “${search}”.`
          : 'No stories yet: POST articles to /articles or run `storyline ingest`.'
        : '',
    );
  };

  const input = el('input', {
    type: 'search',
    id: 'search',
    placeholder: 'Search story titles',
    'aria-label': 'Search story titles',
    value: query,
    oninput: () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        history.replaceState(null, '', links.list(input.value.trim()));
        void load(true);
      }, SEARCH_DELAY_MS);
    },
  });
  more.addEventListener('click', () => void load(false));
  mount(
    main,
    el('h1', {}, 'Stories'),
    el('div', { class: 'searchbar' }, input),
    status,
    list,
    more,
  );
  document.title = 'Storyline';
  await load(true);
  return { refresh: () => load(true) };
}

function storyItem(story) {
  const dates =
    story.firstPublished && story.lastPublished && story.firstPublished !== story.lastPublished
      ? `${story.firstPublished.slice(0, 10)} – ${story.lastPublished.slice(0, 10)}`
      : (story.lastPublished || 'undated').slice(0, 10);
  return el(
    'li',
    {},
    el('a', { href: links.story(story.id), class: 'story-link' }, story.title),
    el(
      'span',
      { class: 'muted' },
      ` ${story.articles} article${story.articles === 1 ? '' : 's'} · ${story.sources} outlet${story.sources === 1 ? '' : 's'} · ${dates}`,
    ),
  );
}
