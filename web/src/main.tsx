/**
 * The sitrep web UI: one page, hash routes (#/ search, #/doc/<id>, #/timeline, #/actor/<name>,
 * #/map, #/graph, #/stories, #/story/<id>). Article text is rendered as text nodes only. Another layer (stories) adds a
 * view by adding an entry to VIEWS.
 */
import { render, type FunctionComponent } from 'preact';
import { useEffect } from 'preact/hooks';
import { ActorPage } from './pages/Actor';
import { ArticlePage } from './pages/Article';
import { GraphPage } from './pages/Graph';
import { MapPage } from './pages/MapPage';
import { SearchPage } from './pages/Search';
import { StoriesPage, StoryPage } from './pages/Stories';
import { TimelinePage } from './pages/Timeline';
import { href, useRoute, type Route } from './router';
import './style.css';

interface View { path: string; title: string; nav?: string; page: FunctionComponent<{ route: Route }> }

export const VIEWS: View[] = [
  { path: '', title: 'Search', nav: 'Search', page: SearchPage },
  { path: 'stories', title: 'Stories', nav: 'Stories', page: StoriesPage },
  { path: 'timeline', title: 'Timeline', nav: 'Timeline', page: TimelinePage },
  { path: 'map', title: 'Map', nav: 'Map', page: MapPage },
  { path: 'graph', title: 'Actors graph', nav: 'Who acts on whom', page: GraphPage },
  { path: 'doc', title: 'Article', page: ArticlePage },
  { path: 'actor', title: 'Actor', page: ActorPage },
  { path: 'story', title: 'Story', page: StoryPage },
];

function App() {
  const route = useRoute();
  const view = VIEWS.find((v) => v.path === (route.parts[0] ?? '')) ?? null;
  useEffect(() => {
    document.title = `${view?.title ?? 'Not found'}${route.parts[1] ? `: ${route.parts[1]}` : ''} · sitrep`;
    window.scrollTo(0, 0);
    // move focus to the new page for keyboard and screen-reader users
    if (!route.params.get('sel')) document.getElementById('main')?.focus({ preventScroll: true });
  }, [route.parts.join('/')]);
  const Page = view?.page;
  return <>
    <a class="skip" href="#main" onClick={(e) => { e.preventDefault(); document.getElementById('main')?.focus(); }}>Skip to content</a>
    <header class="top">
      <a class="brand" href={href([])}>sitrep</a>
      <nav aria-label="Main">
        {VIEWS.filter((v) => v.nav).map((v) => <a key={v.path} href={href(v.path ? [v.path] : [])} aria-current={view === v ? 'page' : undefined}>{v.nav}</a>)}
      </nav>
    </header>
    <main id="main" tabIndex={-1}>
      {Page ? <Page route={route} /> : <p class="status error">No such page. <a href={href([])}>Back to search</a></p>}
    </main>
  </>;
}

render(<App />, document.getElementById('app')!);
