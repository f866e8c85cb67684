/**
 * The explorer: a small single-page application over the GraphQL API, served by the API server at `/`
 * (bundled by src/api/explorer/bundle.ts). Pages are chosen by the path (routes.ts); links inside the
 * explorer change the path without reloading.
 */
import { h, replace } from './dom.js';
import { bi, biText } from './i18n.js';
import { routeOf, searchHref, type Route } from './routes.js';
import { errorBox, loading } from './ui.js';
import { renderAgency } from './views/agency.js';
import { renderDocument } from './views/document.js';
import { renderEntity } from './views/entity.js';
import { renderEvidence } from './views/evidence.js';
import { renderHome } from './views/home.js';
import { renderNetwork } from './views/network.js';
import { renderPlace } from './views/place.js';
import { renderProject } from './views/project.js';
import { renderSearch } from './views/search.js';

const main = h('main', { id: 'page' });
const searchInput = h('input', {
  type: 'search',
  name: 'q',
  id: 'search-input',
  placeholder: biText('searchHint'),
  'aria-label': biText('search'),
});

/** Increases with every navigation: a page that finishes loading after the next one started is dropped. */
let generation = 0;

function navigate(path: string): void {
  history.pushState(null, '', path);
  void render();
}

async function show(route: Route, root: HTMLElement): Promise<void> {
  switch (route.view) {
    case 'home':
      return renderHome(root);
    case 'search':
      searchInput.value = route.text;
      return renderSearch(root, route.text);
    case 'network':
      return renderNetwork(root, navigate);
    case 'evidence':
      return renderEvidence(root, route.doc, route.start, route.end);
    case 'entity':
      switch (route.label) {
        case 'Agency':
          return renderAgency(root, route.id, navigate);
        case 'Project':
          return renderProject(root, route.id, navigate);
        case 'Document':
          return renderDocument(root, route.id);
        case 'Place':
          return renderPlace(root, route.id);
        default:
          return renderEntity(root, route.id);
      }
    case 'missing':
      throw new Error(`Nothing at ${route.path}`);
  }
}

async function render(): Promise<void> {
  const mine = ++generation;
  // Each navigation renders into its own element, attached at once (graphs need a laid-out
  // container); a slower earlier page keeps rendering into its detached element, unseen.
  const page = h('div', { class: 'view' }, loading());
  replace(main, page);
  main.dataset.state = 'loading';
  try {
    await show(routeOf(location.pathname, location.search), page);
  } catch (error) {
    replace(page, errorBox(error));
  }
  if (mine === generation) main.dataset.state = 'ready';
}

function layout(): HTMLElement {
  const form = h(
    'form',
    { class: 'search', role: 'search', action: '/search' },
    searchInput,
    h('button', { type: 'submit' }, bi('search')),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (searchInput.value.trim()) navigate(searchHref(searchInput.value.trim()));
  });
  return h(
    'div',
    { class: 'app' },
    h(
      'nav',
      { class: 'top' },
      h('a', { href: '/', class: 'brand' }, bi('title')),
      form,
      h('a', { href: '/network' }, bi('network')),
      h('a', { href: '/graphql', 'data-external': true }, bi('playground')),
    ),
    main,
  );
}

/** Same-origin links without modifier keys are followed inside the page. */
function followLinks(event: MouseEvent): void {
  if (
    event.defaultPrevented ||
    event.button !== 0 ||
    event.metaKey ||
    event.ctrlKey ||
    event.shiftKey ||
    event.altKey
  )
    return;
  const link = (event.target as Element | null)?.closest('a');
  if (!link || link.target || link.hasAttribute('data-external') || link.hasAttribute('download')) return;
  const url = new URL(link.href, location.href);
  if (url.origin !== location.origin || url.pathname.startsWith('/graphql')) return;
  if (url.pathname === location.pathname && url.search === location.search && url.hash) return;
  event.preventDefault();
  navigate(`${url.pathname}${url.search}`);
}

document.body.replaceChildren(layout());
document.addEventListener('click', followLinks);
window.addEventListener('popstate', () => void render());
void render();
